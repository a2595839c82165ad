package org.rolloutplanner.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rolloutplanner.app.workspace.OpenMode;
import org.rolloutplanner.app.workspace.WorkspaceException;
import org.rolloutplanner.domain.district.DistrictProfile;
import org.rolloutplanner.domain.school.School;
import org.rolloutplanner.domain.school.SchoolLevel;

/** An older workspace opened by a newer version of the app: updated, with a backup first. */
class WorkspaceUpgradeIT {

    @TempDir
    Path dir;

    private final WorkspaceOpener newerApp = new WorkspaceOpener(
            List.of(WorkspaceOpener.DEFAULT_MIGRATIONS, "classpath:db/upgrade"));

    private Path olderWorkspaceWithOneSchool() {
        Path file = dir.resolve("older.mv.db");
        try (var ws = WorkspaceServices.of(new WorkspaceOpener().open(file, OpenMode.CREATE_IF_MISSING))) {
            var d = ws.districts().create("Maple Valley", DistrictProfile.EMPTY);
            ws.schools().add(d.key(), new School(0, "010345000010", "Canyon High School", SchoolLevel.HIGH, "09", "12",
                    1991, 54.1, "North", "", null, null));
        }
        return file;
    }

    @Test
    void anOlderWorkspaceIsBackedUpThenUpdatedAndKeepsItsData() throws Exception {
        Path file = olderWorkspaceWithOneSchool();

        try (var ws = WorkspaceServices.of(newerApp.open(file, OpenMode.EXISTING))) {
            var d = ws.districts().require("Maple Valley");
            assertThat(ws.schools().ofDistrict(d.key())).extracting(School::id).containsExactly("010345000010");
            assertThat(ws.workspace().dsl().fetchValue("SELECT notes FROM school")).isEqualTo("");
            assertThat(ws.workspace().readOnly()).isFalse();
        }
        try (Stream<Path> backups = Files.list(WorkspaceFiles.of(file).backupDirectory())) {
            assertThat(backups.toList()).singleElement()
                    .satisfies(zip -> assertThat(zip.getFileName().toString()).startsWith("older-before-update-"));
        }
        // a second open has nothing to update, so no second backup
        newerApp.open(file, OpenMode.EXISTING).close();
        try (Stream<Path> backups = Files.list(WorkspaceFiles.of(file).backupDirectory())) {
            assertThat(backups.count()).isEqualTo(1);
        }
    }

    @Test
    void anOlderWorkspaceOpenedReadOnlyIsNotUpdatedAndSaysHowToUpdateIt() throws Exception {
        Path file = olderWorkspaceWithOneSchool();
        byte[] before = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));

        assertThatThrownBy(() -> newerApp.open(file, OpenMode.READ_ONLY))
                .isInstanceOfSatisfying(WorkspaceException.class, e -> {
                    assertThat(e.kind()).isEqualTo(WorkspaceException.Kind.READ_ONLY);
                    assertThat(e.getMessage()).contains(file.toString()).contains("Open it normally");
                });
        byte[] after = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
        assertThat(HexFormat.of().formatHex(after)).isEqualTo(HexFormat.of().formatHex(before));
        assertThat(WorkspaceFiles.of(file).backupDirectory()).doesNotExist();
    }

    @Test
    void aNewWorkspaceIsMarkedAsCreatedByRolloutPlanner() {
        try (Workspace w = new WorkspaceOpener().open(dir.resolve("marked"), OpenMode.CREATE_IF_MISSING)) {
            assertThat(w.created()).isTrue();
            assertThat(w.dsl().fetchValue("SELECT application FROM workspace_info WHERE id = 1"))
                    .isEqualTo("rollout-planner");
        }
    }
}
