package org.rolloutplanner.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class WorkspaceFilesTest {

    private static final Path DIR = Path.of("/data/plans").toAbsolutePath();

    @Test
    void aWorkspaceMayBeNamedWithOrWithoutItsEnding() {
        var with = WorkspaceFiles.of(DIR.resolve("district.mv.db"));
        var without = WorkspaceFiles.of(DIR.resolve("district"));
        assertThat(with).isEqualTo(without);
        assertThat(with.dataFile()).isEqualTo(DIR.resolve("district.mv.db"));
        assertThat(with.name()).isEqualTo("district");
    }

    @Test
    void backupsGoIntoAFolderBesideTheWorkspace() {
        assertThat(WorkspaceFiles.of(DIR.resolve("district.mv.db")).backupDirectory())
                .isEqualTo(DIR.resolve("district-backups"));
    }

    @Test
    void theUrlNeverCreatesADatabaseWhenOneMustExistAndOpensReadOnlyWhenAsked() {
        var files = WorkspaceFiles.of(DIR.resolve("district.mv.db"));
        assertThat(files.jdbcUrl(false, true)).startsWith("jdbc:h2:file:" + DIR.toString().replace('\\', '/')
                + "/district;").contains(";IFEXISTS=TRUE").doesNotContain("ACCESS_MODE_DATA");
        assertThat(files.jdbcUrl(true, true)).contains(";ACCESS_MODE_DATA=r");
        assertThat(files.jdbcUrl(false, false)).doesNotContain("IFEXISTS");
    }

    @Test
    void theUrlNeitherSharesTheFileWithOtherProcessesNorGivesUpTheLock() {
        // AUTO_SERVER would let a second copy of the app in; FILE_LOCK=NO would let two copies corrupt the file
        String url = WorkspaceFiles.of(DIR.resolve("d")).jdbcUrl(false, true).toUpperCase();
        assertThat(url).doesNotContain("AUTO_SERVER=TRUE").doesNotContain("FILE_LOCK=NO");
    }

    @Test
    void commitsAreOnDiskWhenTheyReturn() {
        assertThat(WorkspaceFiles.of(DIR.resolve("d")).jdbcUrl(false, true)).contains(";WRITE_DELAY=0");
    }
}
