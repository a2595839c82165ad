package org.rolloutplanner.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rolloutplanner.app.district.SampleDistrict;
import org.rolloutplanner.app.workspace.OpenMode;
import org.rolloutplanner.app.workspace.WorkspaceException;
import org.rolloutplanner.domain.district.DistrictProfile;

/** A new workspace is created in one step: a failure or a crash while creating leaves no workspace, never half. */
class WorkspaceCreationIT {

    @TempDir
    Path dir;

    private List<String> namesInFolder() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aMigrationFailingWhileCreatingLeavesNoWorkspaceAndNoLeftovers() throws Exception {
        Path file = dir.resolve("plan.mv.db");
        var failing = new WorkspaceOpener(List.of(WorkspaceOpener.DEFAULT_MIGRATIONS, "classpath:db/failing"));

        assertThatThrownBy(() -> failing.open(file, OpenMode.CREATE_IF_MISSING))
                .isInstanceOfSatisfying(WorkspaceException.class, e -> {
                    assertThat(e.kind()).isEqualTo(WorkspaceException.Kind.CANNOT_WRITE);
                    assertThat(e.getMessage()).contains(file.toString()).contains("No workspace was created there");
                });

        assertThat(namesInFolder()).isEmpty();
        // and the next start creates it normally
        try (var w = new WorkspaceOpener().open(file, OpenMode.CREATE_IF_MISSING)) {
            assertThat(w.created()).isTrue();
        }
        assertThat(new WorkspaceCheck().checkFile(file).healthy()).isTrue();
    }

    @Test
    void aFailureAfterTheMigrationsWhileFillingLeavesNoWorkspace() throws Exception {
        Path file = dir.resolve("plan.mv.db");

        assertThatThrownBy(() -> new WorkspaceOpener().open(file, OpenMode.CREATE_IF_MISSING, s -> {
            SampleDistrict.create(s.districts());
            throw new IllegalStateException("the power went out");
        })).isInstanceOf(WorkspaceException.class).hasMessageContaining("No workspace was created");

        assertThat(namesInFolder()).isEmpty();
    }

    @Test
    void theSampleIsPartOfTheCreationAndOnlyTheWorkspaceIsLeftInTheFolder() throws Exception {
        Path file = dir.resolve("plan.mv.db");
        try (var w = new WorkspaceOpener().open(file, OpenMode.CREATE_IF_MISSING,
                s -> SampleDistrict.create(s.districts()))) {
            assertThat(w.created()).isTrue();
            assertThat(w.path()).isEqualTo(file);
            assertThat(WorkspaceServices.of(w).districts().all()).singleElement()
                    .satisfies(d -> assertThat(d.name()).isEqualTo(SampleDistrict.NAME));
        }
        assertThat(namesInFolder()).containsExactly("plan.mv.db");
        try (var w = new WorkspaceOpener().open(file, OpenMode.CREATE_IF_MISSING, s -> {
            throw new AssertionError("an existing workspace is not filled again");
        })) {
            assertThat(w.created()).isFalse();
        }
    }

    @Test
    void aWorkspaceThatAppearsWhileCreatingIsKeptNotReplaced() throws Exception {
        Path file = dir.resolve("plan.mv.db");
        String theirs;
        try (var w = new WorkspaceOpener().open(file, OpenMode.CREATE_IF_MISSING, s -> {
            // another copy of the app creates the same workspace meanwhile
            try (var other = WorkspaceServices.of(new WorkspaceOpener().open(file, OpenMode.CREATE_IF_MISSING))) {
                other.districts().create("Theirs", DistrictProfile.EMPTY);
            }
            s.districts().create("Ours", DistrictProfile.EMPTY);
        })) {
            assertThat(w.created()).isFalse();
            theirs = WorkspaceServices.of(w).districts().all().getFirst().name();
        }
        assertThat(theirs).isEqualTo("Theirs");
        assertThat(namesInFolder()).containsExactly("plan.mv.db");
    }

    @Test
    void anAbandonedCreationFolderIsRemovedOnTheNextOpenAYoungOneAndOthersAreNot() throws Exception {
        Path old = Files.createDirectory(dir.resolve(".plan" + CreationFolders.MARK + "123"));
        Files.writeString(old.resolve("plan.mv.db"), "H:2 half-made");
        age(old);
        Path young = Files.createDirectory(dir.resolve(".plan" + CreationFolders.MARK + "456"));
        Files.writeString(young.resolve("plan.mv.db"), "H:2 still being made");
        Path another = Files.createDirectory(dir.resolve(".other" + CreationFolders.MARK + "789"));
        age(another);

        try (var w = new WorkspaceOpener().open(dir.resolve("plan.mv.db"), OpenMode.CREATE_IF_MISSING)) {
            assertThat(w.created()).isTrue();
        }

        assertThat(namesInFolder()).containsExactly(".other" + CreationFolders.MARK + "789",
                ".plan" + CreationFolders.MARK + "456", "plan.mv.db");
    }

    private static void age(Path folder) throws Exception {
        FileTime t = FileTime.from(Instant.now().minus(CreationFolders.ABANDONED_AFTER).minus(Duration.ofMinutes(1)));
        try (Stream<Path> s = Files.list(folder)) {
            for (Path f : s.toList()) {
                Files.setLastModifiedTime(f, t);
            }
        }
        Files.setLastModifiedTime(folder, t);
    }
}
