package org.rolloutplanner.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rolloutplanner.app.district.SampleDistrict;
import org.rolloutplanner.app.sample.SampleWork;
import org.rolloutplanner.app.scenario.SavedScenario;
import org.rolloutplanner.domain.selection.Ranking;

/** A first run's sample: every area has something to show, made through the services as a user would. */
class SampleWorkIT {

    @TempDir
    Path dir;

    @Test
    void theSampleDistrictComesWithTwoScenariosAndAScoredPilotRound() {
        try (WorkspaceServices ws = FreshWorkspace.in(dir)) {
            var district = SampleDistrict.create(ws.districts());
            SampleWork.add(district, ws.scenarios(), ws.selection());

            List<SavedScenario> scenarios = ws.scenarios().ofDistrict(district.key());
            assertThat(scenarios).extracting(SavedScenario::name)
                    .containsExactlyInAnyOrder(SampleWork.PREFERRED_SCENARIO, SampleWork.OTHER_SCENARIO);
            SavedScenario preferred = scenarios.stream().filter(SavedScenario::preferred).findFirst().orElseThrow();
            assertThat(preferred.name()).isEqualTo(SampleWork.PREFERRED_SCENARIO);
            var plan = ws.scenarios().plan(district.key(), preferred.scenario());
            assertThat(plan.cohorts().getFirst().schools()).hasSize(6);
            assertThat(plan.cohorts().stream().mapToInt(c -> c.schools().size()).sum()).isEqualTo(50);

            var round = ws.selection().ofDistrict(district.key()).getFirst();
            assertThat(round.name()).isEqualTo(SampleWork.ROUND);
            var contents = ws.selection().load(round.key());
            assertThat(contents.applicants()).hasSize(11);
            assertThat(contents.conflicts()).hasSize(1);
            var analysis = ws.selection().analyse(contents, ws.selection().roster(district.key()));
            List<Ranking.Ranked> ranking = analysis.ranking();
            // the last applicant's principal is not committed: not eligible, with the reason given
            assertThat(ranking).filteredOn(r -> !r.eligible()).hasSize(1)
                    .allSatisfy(r -> assertThat(r.reason()).isNotBlank());
            assertThat(ranking).filteredOn(Ranking.Ranked::eligible).hasSize(10)
                    .allSatisfy(r -> assertThat(r.score()).isBetween(1.0, 4.0));
            // a committee that mostly agrees, as a sample should show (alpha 1 = full agreement)
            assertThat(analysis.agreement().alpha()).isGreaterThan(0.6);
        }
    }
}
