package org.rolloutplanner.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.DriverManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rolloutplanner.app.UserFacingException;
import org.rolloutplanner.app.district.SampleDistrict;
import org.rolloutplanner.app.workspace.OpenMode;
import org.rolloutplanner.domain.district.DistrictProfile;

/** The disk fills up during an edit: a clear message, and the workspace holds what it held before. */
class DiskFullIT {

    @TempDir
    Path dir;

    @AfterEach
    void diskHasRoomAgain() {
        FilePathDiskFull.bytesLeft.set(-1);
    }

    @Test
    void anEditOnAFullDiskIsRefusedWithAClearMessageAndNothingIsLost() throws Exception {
        Path file = dir.resolve("plan.mv.db");
        String before;
        try (var s = WorkspaceServices.of(new WorkspaceOpener().open(file, OpenMode.CREATE_IF_MISSING))) {
            SampleDistrict.create(s.districts());
            before = WorkspaceContent.of(s.workspace()).digest();
        }
        FilePathDiskFull.register();
        WorkspaceFiles files = WorkspaceFiles.of(file);
        var c = DriverManager.getConnection("jdbc:h2:diskfull:" + files.base() + ";WRITE_DELAY=0;IFEXISTS=TRUE", "sa", "");
        try (var s = WorkspaceServices.of(new Workspace(files, file, c, false, false))) {
            FilePathDiskFull.bytesLeft.set(0);

            assertThatThrownBy(() -> s.districts().create("Riverside", DistrictProfile.EMPTY))
                    .isInstanceOf(UserFacingException.class)
                    .hasMessageContaining("disk is full")
                    .hasMessageContaining("was not saved");
        }
        FilePathDiskFull.bytesLeft.set(-1);

        var verdict = new WorkspaceCheck().checkFile(file);
        assertThat(verdict.problems()).isEmpty();
        try (var s = WorkspaceServices.of(new WorkspaceOpener().open(file, OpenMode.EXISTING))) {
            assertThat(WorkspaceContent.of(s.workspace()).digest()).isEqualTo(before);
        }
    }
}
