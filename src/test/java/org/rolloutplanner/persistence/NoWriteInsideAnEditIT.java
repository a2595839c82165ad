package org.rolloutplanner.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rolloutplanner.app.district.SampleDistrict;
import org.rolloutplanner.app.sample.SampleWork;
import org.rolloutplanner.app.workspace.OpenMode;
import org.rolloutplanner.domain.district.DistrictProfile;
import org.rolloutplanner.domain.school.School;
import org.rolloutplanner.domain.school.SchoolLevel;

/**
 * Nothing reaches the workspace file while an edit is under way: only its commit writes. H2's identity columns used
 * to write their id cache down with a commit of their own in the middle of an edit (at the first new row of every
 * session, then every 32 rows), taking the edit's unsaved rows to the file with it; after a kill -9 at that moment the
 * reopened workspace could hold an edit that was never saved (docs/reliability.md). Ids now come from
 * {@code id_counter} in the edit's own transaction (V012).
 */
class NoWriteInsideAnEditIT {

    @TempDir
    Path dir;

    @Test
    void editsThatAddRowsToEveryTableWriteNothingUntilTheyCommit() throws Exception {
        Path file = dir.resolve("plan.mv.db");
        new WorkspaceOpener().open(file, OpenMode.CREATE_IF_MISSING).close();
        FilePathDiskFull.register();
        WorkspaceFiles files = WorkspaceFiles.of(file);
        // a fresh session of H2, as after every start of the app: every id cache would be written at its first use
        var c = DriverManager.getConnection("jdbc:h2:diskfull:" + files.base() + ";WRITE_DELAY=0;REUSE_SPACE=FALSE;"
                + "IFEXISTS=TRUE", "sa", "");
        try (var s = WorkspaceServices.of(new Workspace(files, file, c, false, false))) {
            long before = FilePathDiskFull.writes.get();
            long[] during = new long[1];
            s.transactions().inTransaction(() -> {
                // a change first, then new rows in every table that has ids: districts, schools (one by one and in a
                // batch), scenarios, selection rounds with applicants, criteria and reviewers
                var district = SampleDistrict.create(s.districts());
                SampleWork.add(district, s.scenarios(), s.selection());
                var other = s.districts().createWithSchools("Riverside", DistrictProfile.EMPTY,
                        List.of(new School(0, "R-1", "River High", SchoolLevel.HIGH, "9", "12", 900, 40.0, "North", "",
                                null, null)));
                s.schools().add(other.key(), new School(0, "R-2", "River Middle", SchoolLevel.MIDDLE, "6", "8", 500,
                        null, "North", "", null, null));
                during[0] = FilePathDiskFull.writes.get();
                return true;
            });
            long after = FilePathDiskFull.writes.get();

            assertThat(during[0]).as("writes to the file while the edit was under way").isEqualTo(before);
            assertThat(after).as("the commit writes").isGreaterThan(before);
            assertThat(s.schools().ofDistrict(s.districts().all().getFirst().key())).isNotEmpty();
        }
    }
}
