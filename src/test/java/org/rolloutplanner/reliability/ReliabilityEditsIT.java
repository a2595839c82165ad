package org.rolloutplanner.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rolloutplanner.app.district.SampleDistrict;
import org.rolloutplanner.app.sample.SampleWork;
import org.rolloutplanner.app.workspace.OpenMode;
import org.rolloutplanner.persistence.WorkspaceContent;
import org.rolloutplanner.persistence.WorkspaceOpener;
import org.rolloutplanner.persistence.WorkspaceServices;

/** The import and score edits of the crash runs really change the workspace, and its fingerprint sees them. */
class ReliabilityEditsIT {

    @TempDir
    Path dir;

    @Test
    void importingARosterAndScoringChangeTheRowsTheFingerprintCovers() {
        try (var s = WorkspaceServices.of(new WorkspaceOpener().open(dir.resolve("edits.mv.db"), OpenMode.CREATE_IF_MISSING,
                n -> SampleWork.add(SampleDistrict.create(n.districts()), n.scenarios(), n.selection())))) {
            Random r = new Random(5);
            var start = WorkspaceContent.of(s.workspace());

            assertThat(ReliabilityEdits.importSchools(s, r)).isTrue();
            var imported = WorkspaceContent.of(s.workspace());
            assertThat(imported.digest()).isNotEqualTo(start.digest());
            assertThat(imported.rowCounts().get("SCHOOL")).isGreaterThan(start.rowCounts().get("SCHOOL"));
            assertThat(imported.rowCounts().get("SCHOOL_ATTRIBUTE")).isGreaterThan(start.rowCounts().get("SCHOOL_ATTRIBUTE"));

            // scores until one is new or different (a random score can repeat the one already there)
            var before = WorkspaceContent.of(s.workspace());
            boolean changed = false;
            for (int i = 0; i < 20 && !changed; i++) {
                ReliabilityEdits.scoreAnApplicant(s, r);
                changed = !WorkspaceContent.of(s.workspace()).digest().equals(before.digest());
            }
            assertThat(changed).as("a score changes the fingerprint").isTrue();
            assertThat(before.rowCounts()).containsKey("SELECTION_SCORE");
        }
    }
}
