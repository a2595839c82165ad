package org.rolloutplanner.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rolloutplanner.app.district.SampleDistrict;
import org.rolloutplanner.app.workspace.OpenMode;
import org.rolloutplanner.app.workspace.WorkspaceException;
import org.rolloutplanner.domain.district.DistrictProfile;

/** Automatic backups rotate; a restore puts back exactly what was backed up, after backing up the present. */
class WorkspaceBackupsIT {

    @TempDir
    Path dir;

    private WorkspaceServices open() {
        return WorkspaceServices.of(new WorkspaceOpener().open(dir.resolve("plan.mv.db"), OpenMode.CREATE_IF_MISSING));
    }

    @Test
    void onlyTheNewestAutomaticBackupsAreKeptAndOthersAreNeverRotatedAway() {
        try (var s = open()) {
            WorkspaceBackups.backup(s.workspace(), WorkspaceBackups.Kind.BEFORE_RESTORE, 3);
            for (int i = 0; i < 6; i++) {
                s.districts().create("District " + i, DistrictProfile.EMPTY);
                WorkspaceBackups.backup(s.workspace(), WorkspaceBackups.Kind.AUTOMATIC, 3);
            }
            var all = WorkspaceBackups.list(s.workspace().files());
            assertThat(all).hasSize(4);
            assertThat(all.stream().filter(b -> b.kind() == WorkspaceBackups.Kind.AUTOMATIC)).hasSize(3);
            assertThat(all.stream().filter(b -> b.kind() == WorkspaceBackups.Kind.BEFORE_RESTORE)).hasSize(1);
            assertThat(all.getFirst().made()).isAfterOrEqualTo(all.get(1).made());
            assertThat(all).allMatch(b -> b.size() > 0 && Files.exists(b.file()));
            assertThat(all.getFirst().describe()).contains("KB").contains("automatic");
            // the newest backup holds the last district
            var newest = new WorkspaceCheck().checkFile(extract(all.getFirst().file()));
            assertThat(newest.healthy()).isTrue();
            assertThat(newest.rowCounts()).containsEntry("DISTRICT", 6L);
        }
    }

    @Test
    void anUnchangedWorkspaceIsNotBackedUpAgain() {
        try (var s = open()) {
            assertThat(WorkspaceBackups.backupIfChanged(s.workspace(), WorkspaceBackups.Kind.OPENED, 10)).isPresent();
            assertThat(WorkspaceBackups.backupIfChanged(s.workspace(), WorkspaceBackups.Kind.AUTOMATIC, 10)).isEmpty();
            s.districts().create("Changed", DistrictProfile.EMPTY);
            assertThat(WorkspaceBackups.backupIfChanged(s.workspace(), WorkspaceBackups.Kind.AUTOMATIC, 10)).isPresent();
            assertThat(WorkspaceBackups.list(s.workspace().files())).hasSize(2);
        }
    }

    @Test
    void restorePutsBackExactlyTheBackedUpContentAndKeepsThePresentAsABackup() {
        String before;
        String after;
        WorkspaceBackups.Backup backup;
        WorkspaceFiles files;
        try (var s = open()) {
            SampleDistrict.create(s.districts());
            before = WorkspaceContent.of(s.workspace()).digest();
            backup = WorkspaceBackups.backup(s.workspace(), WorkspaceBackups.Kind.AUTOMATIC, 10);
            s.districts().delete(s.districts().require(SampleDistrict.NAME));
            after = WorkspaceContent.of(s.workspace()).digest();
            files = s.workspace().files();
        }
        WorkspaceBackups.restore(files, backup);

        try (var s = open()) {
            assertThat(WorkspaceContent.of(s.workspace()).digest()).isEqualTo(before);
            assertThat(s.schools().ofDistrict(s.districts().require(SampleDistrict.NAME).key())).hasSize(50);
        }
        var kept = WorkspaceBackups.list(files).stream()
                .filter(b -> b.kind() == WorkspaceBackups.Kind.BEFORE_RESTORE).findFirst().orElseThrow();
        assertThat(new WorkspaceCheck().checkFile(extract(kept.file())).rowCounts()).containsEntry("SCHOOL", 0L);
        assertThat(after).isNotEqualTo(before);
    }

    @Test
    void aDamagedBackupIsRefusedAndTheWorkspaceIsLeftAsItWas() throws Exception {
        WorkspaceFiles files;
        WorkspaceBackups.Backup backup;
        try (var s = open()) {
            backup = WorkspaceBackups.backup(s.workspace(), WorkspaceBackups.Kind.AUTOMATIC, 10);
            files = s.workspace().files();
        }
        Files.writeString(backup.file(), "not a zip");
        byte[] before = Files.readAllBytes(files.dataFile());

        assertThatThrownBy(() -> WorkspaceBackups.restore(files, backup)).isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("could not be put in place").hasMessageContaining("was not changed");
        assertThat(Files.readAllBytes(files.dataFile())).isEqualTo(before);
    }

    @Test
    void aDamagedWorkspaceIsKeptBesideTheBackupsWhenABackupIsPutBack() throws Exception {
        WorkspaceFiles files;
        WorkspaceBackups.Backup backup;
        try (var s = open()) {
            SampleDistrict.create(s.districts());
            backup = WorkspaceBackups.backup(s.workspace(), WorkspaceBackups.Kind.AUTOMATIC, 10);
            files = s.workspace().files();
        }
        try (var ch = Files.newByteChannel(files.dataFile(), StandardOpenOption.WRITE)) {
            ch.truncate(10_000);
        }
        assertThat(new WorkspaceCheck().checkFile(files.dataFile()).status()).isEqualTo(WorkspaceCheck.Status.DAMAGED);

        WorkspaceBackups.restore(files, backup);

        assertThat(new WorkspaceCheck().checkFile(files.dataFile()).healthy()).isTrue();
        try (var list = Files.list(files.backupDirectory())) {
            assertThat(list.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("plan-damaged-")
                    && n.endsWith(".mv.db"));
        }
    }

    private Path extract(Path zip) {
        try {
            Path target = Files.createTempDirectory(dir, "x").resolve("x.mv.db");
            return WorkspaceBackups.extract(zip, target);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
