package org.rolloutplanner.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rolloutplanner.app.UserFacingException;
import org.rolloutplanner.app.district.SampleDistrict;
import org.rolloutplanner.app.importing.ImportRequest;
import org.rolloutplanner.app.importing.ImportService;
import org.rolloutplanner.app.workspace.OpenMode;
import org.rolloutplanner.app.workspace.WorkspaceException;
import org.rolloutplanner.domain.district.DistrictProfile;
import org.rolloutplanner.io.importing.CcdImporter;
import org.rolloutplanner.io.importing.ImportBatch;
import org.rolloutplanner.io.importing.ImportProgress;
import org.rolloutplanner.io.importing.SchoolFileImporter.FileSettings;

/**
 * The disk fills up during an edit, an import or a backup: a clear message, and the workspace (and the earlier
 * backups) hold what they held before. (A full disk during an export: {@code ExportCommandTest}.)
 */
class DiskFullIT {

    @TempDir
    Path dir;

    @AfterEach
    void diskHasRoomAgain() {
        FilePathDiskFull.bytesLeft.set(-1);
        WorkspaceBackups.h2FilePrefix = "";
    }

    private String createWithSample(Path file) {
        try (var s = WorkspaceServices.of(new WorkspaceOpener().open(file, OpenMode.CREATE_IF_MISSING))) {
            SampleDistrict.create(s.districts());
            return WorkspaceContent.of(s.workspace()).digest();
        }
    }

    /** The workspace opened through the file system whose writes fail once {@link FilePathDiskFull#bytesLeft} is 0. */
    private static WorkspaceServices openOnAFillingDisk(Path file) throws Exception {
        FilePathDiskFull.register();
        WorkspaceFiles files = WorkspaceFiles.of(file);
        var c = DriverManager.getConnection("jdbc:h2:diskfull:" + files.base() + ";WRITE_DELAY=0;IFEXISTS=TRUE", "sa", "");
        return WorkspaceServices.of(new Workspace(files, file, c, false, false));
    }

    private static void assertHolds(Path file, String digest) {
        var verdict = new WorkspaceCheck().checkFile(file);
        assertThat(verdict.problems()).isEmpty();
        try (var s = WorkspaceServices.of(new WorkspaceOpener().open(file, OpenMode.EXISTING))) {
            assertThat(WorkspaceContent.of(s.workspace()).digest()).isEqualTo(digest);
        }
    }

    @Test
    void anEditOnAFullDiskIsRefusedWithAClearMessageAndNothingIsLost() throws Exception {
        Path file = dir.resolve("plan.mv.db");
        String before = createWithSample(file);
        try (var s = openOnAFillingDisk(file)) {
            FilePathDiskFull.bytesLeft.set(0);

            assertThatThrownBy(() -> s.districts().create("Riverside", DistrictProfile.EMPTY))
                    .isInstanceOf(UserFacingException.class)
                    .hasMessageContaining("disk is full")
                    .hasMessageContaining("was not saved");
        }
        FilePathDiskFull.bytesLeft.set(-1);

        assertHolds(file, before);
    }

    private ImportBatch roster(String name, String csv) throws Exception {
        Path f = Files.writeString(dir.resolve(name), csv, StandardCharsets.UTF_8);
        return ImportService.read(new ImportRequest(List.of(FileSettings.guessed(f)), ImportRequest.Mode.AUTO,
                CcdImporter.Filter.none(), "Riverside"), ImportProgress.NONE);
    }

    @Test
    void anImportOnAFullDiskIsRefusedWithAClearMessageAndNoSchoolIsAddedOrChanged() throws Exception {
        Path file = dir.resolve("plan.mv.db");
        createWithSample(file);
        String before;
        try (var s = WorkspaceServices.of(new WorkspaceOpener().open(file, OpenMode.EXISTING))) {
            s.imports().apply("Riverside", true, roster("y1.csv", """
                    id,name,level,enrollment,region,Principal
                    00101,Adams Elementary,elementary,400,North,Ms. Reyes
                    00102,Baker Middle,middle,600,South,Mr. Cole
                    """), false);
            before = WorkspaceContent.of(s.workspace()).digest();
        }
        ImportBatch changed = roster("y2.csv", """
                id,name,level,enrollment,region,Principal
                00101,Adams Elementary,elementary,430,North,Mr. Diaz
                00102,Baker Middle,middle,610,South,Mr. Cole
                00103,Carver High,high,1200,East,Dr. Lee
                """);
        try (var s = openOnAFillingDisk(file)) {
            FilePathDiskFull.bytesLeft.set(0);

            assertThatThrownBy(() -> s.imports().apply("Riverside", false, changed, false))
                    .isInstanceOfSatisfying(WorkspaceException.class, e -> {
                        assertThat(e.isDiskFull()).as(e.getMessage()).isTrue();
                        assertThat(e.getMessage()).startsWith("The disk is full, so the import was not saved")
                                .contains("holds what it held before").contains("Free some space");
                    });
        }
        FilePathDiskFull.bytesLeft.set(-1);

        assertHolds(file, before);
    }

    @Test
    void theBackupBeforeAnUpdateOnAFullDiskStopsTheUpdateAndLeavesNoHalfBackup() throws Exception {
        Path file = dir.resolve("old.mv.db");
        String before = createWithSample(file);
        var updating = new WorkspaceOpener(List.of(WorkspaceOpener.DEFAULT_MIGRATIONS, "classpath:db/failing"));
        FilePathDiskFull.register();
        WorkspaceBackups.h2FilePrefix = "diskfull:";
        FilePathDiskFull.bytesLeft.set(8 * 1024);

        assertThatThrownBy(() -> updating.open(file, OpenMode.EXISTING))
                .isInstanceOfSatisfying(WorkspaceException.class, e -> {
                    assertThat(e.kind()).isEqualTo(WorkspaceException.Kind.MIGRATION_FAILED);
                    assertThat(e.getMessage()).contains("no backup could be written first (the disk is full)")
                            .contains("Nothing was changed").contains("Free some space");
                });

        assertThat(WorkspaceBackups.list(WorkspaceFiles.of(file))).isEmpty();
        assertThat(filesIn(WorkspaceFiles.of(file).backupDirectory())).isEmpty();
        assertHolds(file, before); // the content, and no update applied (the normal opener finds nothing newer)
    }

    private static Map<String, String> filesIn(Path folder) throws Exception {
        Map<String, String> all = new TreeMap<>();
        try (Stream<Path> s = Files.list(folder)) {
            for (Path f : s.toList()) {
                all.put(f.getFileName().toString(), java.util.HexFormat.of().formatHex(
                        java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))));
            }
        }
        return all;
    }

    @Test
    void aBackupOnAFullDiskIsRefusedWithAClearMessageAndLeavesTheEarlierBackupsAndNoHalfBackup() throws Exception {
        Path file = dir.resolve("plan.mv.db");
        createWithSample(file);
        WorkspaceFiles files = WorkspaceFiles.of(file);
        String before;
        try (var s = WorkspaceServices.of(new WorkspaceOpener().open(file, OpenMode.EXISTING))) {
            assertThat(WorkspaceBackups.backupIfChanged(s.workspace(), WorkspaceBackups.Kind.OPENED, 10)).isPresent();
            var earlier = WorkspaceBackups.list(files);
            Map<String, String> backupFolder = filesIn(files.backupDirectory());
            s.districts().create("Riverside", DistrictProfile.EMPTY);
            before = WorkspaceContent.of(s.workspace()).digest();

            FilePathDiskFull.register();
            WorkspaceBackups.h2FilePrefix = "diskfull:";
            FilePathDiskFull.bytesLeft.set(8 * 1024); // the zip gets a few KB, then the disk is full

            assertThatThrownBy(() -> WorkspaceBackups.backupIfChanged(s.workspace(), WorkspaceBackups.Kind.AUTOMATIC, 10))
                    .isInstanceOf(WorkspaceException.class)
                    .hasMessageStartingWith("The disk is full, so the backup of " + file + " was not written")
                    .hasMessageContaining("earlier backups are unchanged").hasMessageContaining("Free some space");
            assertThat(FilePathDiskFull.bytesLeft.get()).as("the backup really started writing").isZero();

            assertThat(filesIn(files.backupDirectory())).as("the backup folder, byte for byte").isEqualTo(backupFolder);
            assertThat(WorkspaceBackups.list(files)).isEqualTo(earlier);
            // the workspace itself goes on working
            FilePathDiskFull.bytesLeft.set(-1);
            assertThat(WorkspaceContent.of(s.workspace()).digest()).isEqualTo(before);
        }
        assertHolds(file, before);
    }
}
