package org.rolloutplanner.ui.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rolloutplanner.app.district.SampleDistrict;
import org.rolloutplanner.domain.rollout.Phase;
import org.rolloutplanner.domain.rollout.PhaseCost;
import org.rolloutplanner.domain.rollout.Plan;
import org.rolloutplanner.domain.rollout.RolloutCalendar;
import org.rolloutplanner.domain.rollout.RolloutPlanner;
import org.rolloutplanner.domain.rollout.RolloutRule;
import org.rolloutplanner.domain.rollout.Scenario;
import org.rolloutplanner.domain.rollout.SchoolYear;

class ScenarioComparisonTest {

    private static Plan plan(RolloutRule second) {
        return RolloutPlanner.plan(SampleDistrict.schools(), Scenario.builder(RolloutCalendar.startingIn(SchoolYear.parse("2015-16")))
                .phases(Phase.of("Design", 12), Phase.of("Implementation", 12))
                .rule(RolloutRule.FirstCohort.of(6)).rule(second).cost(new PhaseCost("Design", 100_000, 0)).build());
    }

    @Test
    void tenPercentAYearAgainstTenSchoolsAYear() {
        Plan slow = plan(new RolloutRule.PercentOfSchools(10));
        Plan fast = plan(RolloutRule.SchoolsPerYear.exactly(10));
        var a = ScenarioComparison.figures("10%", slow);
        var b = ScenarioComparison.figures("10 a year", fast);
        assertThat(a.completionLabel()).isEqualTo("2024-25");
        assertThat(b.completionLabel()).isEqualTo("2020-21");
        assertThat(a.peakPhase()).isEqualTo("Design");
        assertThat(a.peakSchools()).isEqualTo(6);
        assertThat(b.peakSchools()).isEqualTo(10);
        assertThat(a.totalCost()).isEqualTo(50 * 100_000L).isEqualTo(b.totalCost());

        var moves = ScenarioComparison.moves(slow, fast);
        assertThat(moves).isNotEmpty().allMatch(m -> m.years() <= 0);
        assertThat(moves.getFirst().describe()).contains("years earlier");
        assertThat(ScenarioComparison.moves(slow, slow)).isEmpty();
    }

    @Test
    void threeScenariosGiveARowEachAndADiffOfEachAgainstTheFirst() {
        Plan slow = plan(new RolloutRule.PercentOfSchools(10));
        Plan fast = plan(RolloutRule.SchoolsPerYear.exactly(10));
        Plan all = plan(new RolloutRule.Remaining());
        var plans = new java.util.LinkedHashMap<String, Plan>();
        plans.put("10%", slow);
        plans.put("10 a year", fast);
        plans.put("All at once", all);

        var figures = ScenarioComparison.figures(plans);
        assertThat(figures).extracting(ScenarioComparison.Figures::name).containsExactly("10%", "10 a year", "All at once");
        assertThat(figures).extracting(ScenarioComparison.Figures::completionLabel).containsExactly("2024-25", "2020-21", "2016-17");
        assertThat(figures).extracting(ScenarioComparison.Figures::peakSchools).containsExactly(6, 10, 44);
        assertThat(figures).extracting(ScenarioComparison.Figures::totalCost).containsOnly(50 * 100_000L);

        var diffs = ScenarioComparison.diffsFromFirst(figures);
        assertThat(diffs).extracting(ScenarioComparison.Diff::baseline).containsOnly("10%");
        assertThat(diffs).extracting(ScenarioComparison.Diff::other).containsExactly("10 a year", "All at once");
        assertThat(diffs.get(0).moves()).isEqualTo(ScenarioComparison.moves(slow, fast));
        assertThat(diffs.get(1).moves()).isEqualTo(ScenarioComparison.moves(slow, all)).hasSize(44 - 5);
        assertThat(diffs.get(1).title()).startsWith("39 schools start in another cohort in All at once than in 10%");
        assertThat(ScenarioComparison.diffsFromFirst(figures.subList(0, 1))).isEmpty();
    }
}
