package org.rolloutplanner.io.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
 

/** Writing is all or nothing: a failed or cancelled export never leaves a partial file or harms the previous one. */
class AtomicFilesTest {

    @TempDir
    Path dir;

    List<Path> files() throws IOException {
        try (var s = Files.list(dir)) {
            return s.toList();
        }
    }

    @Test
    void replacesThePreviousFileWithTheWholeNewOne() throws IOException {
        Path target = dir.resolve("plan.xlsx");
        Files.writeString(target, "old plan");
        AtomicFiles.write(target, out -> out.write("new plan".getBytes(StandardCharsets.UTF_8)));
        assertThat(target).hasContent("new plan");
        assertThat(files()).containsExactly(target);
    }

    @Test
    void aNewFileIsReadableByOthersAndAReplacedFileKeepsItsPermissions() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                Files.getFileStore(dir).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class),
                "file permissions are POSIX only");
        Path fresh = dir.resolve("fresh.xlsx");
        AtomicFiles.write(fresh, out -> out.write(1));
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)))
                .isEqualTo("rw-r--r--");

        Path shared = dir.resolve("shared.xlsx");
        Files.writeString(shared, "old");
        Files.setPosixFilePermissions(shared, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--"));
        AtomicFiles.write(shared, out -> out.write(2));
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(shared)))
                .isEqualTo("rw-rw-r--");
    }

    @Test
    void aDiskFullHalfwayLeavesThePreviousFileUntouchedAndNoPartialFile() throws IOException {
        Path target = dir.resolve("plan.xlsx");
        Files.writeString(target, "the good plan");
        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write(new byte[200_000]); // half a workbook, then the disk is full
            throw new IOException("No space left on device");
        })).isInstanceOf(ExportFailedException.class)
                .hasMessageContaining("The disk is full, so " + target + " was not saved")
                .hasMessageContaining("The previous file is unchanged");
        assertThat(target).hasContent("the good plan");
        assertThat(files()).containsExactly(target);
    }

    @Test
    void aFailureWithNoPreviousFileLeavesNoFileAtAll() {
        Path target = dir.resolve("new.xlsx");
        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write(1);
            throw new IOException("No space left on device");
        })).hasMessageContaining("No file was written");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void aCancelledExportLeavesThePreviousFile() throws IOException {
        Path target = dir.resolve("plan.xlsx");
        Files.writeString(target, "the good plan");
        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write(42);
            throw new ExportCancelledException();
        })).isInstanceOf(ExportCancelledException.class);
        assertThat(target).hasContent("the good plan");
        assertThat(files()).containsExactly(target);
    }

    @Test
    void aTargetThatCannotBeReplacedGivesAClearMessageAndNoPartialFile() throws IOException {
        // on Linux a folder in the way stands in for a file another program holds locked
        Path target = Files.createDirectory(dir.resolve("plan.xlsx"));
        Files.writeString(target.resolve("inside.txt"), "x");
        assertThatThrownBy(() -> AtomicFiles.write(target, out -> out.write(1)))
                .isInstanceOf(ExportFailedException.class)
                .hasMessageContaining("is a folder");
        assertThat(files()).containsExactly(target);
    }

    @Test
    void aMissingFolderIsNamed() {
        Path target = dir.resolve("no such folder").resolve("plan.xlsx");
        assertThatThrownBy(() -> AtomicFiles.write(target, out -> out.write(1)))
                .isInstanceOf(ExportFailedException.class)
                .hasMessageContaining("does not exist").hasMessageContaining("no such folder");
    }

    @Test
    void aFolderThatCannotBeWrittenToGivesAClearMessage() throws IOException {
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Path target = locked.resolve("plan.xlsx");
        Files.writeString(target, "the good plan");
        locked.toFile().setWritable(false, false);
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(locked),
                    "running as root: a read-only folder is still writable, so this case cannot be made here");
            assertThatThrownBy(() -> AtomicFiles.write(target, out -> out.write(1)))
                    .isInstanceOf(ExportFailedException.class)
                    .hasMessageContaining("Cannot write in the folder");
            assertThat(target).hasContent("the good plan");
        } finally {
            locked.toFile().setWritable(true, false);
        }
    }
}
