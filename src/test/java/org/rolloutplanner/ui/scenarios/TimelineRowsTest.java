package org.rolloutplanner.ui.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rolloutplanner.app.district.SampleDistrict;
import org.rolloutplanner.domain.rollout.Phase;
import org.rolloutplanner.domain.rollout.RolloutCalendar;
import org.rolloutplanner.domain.rollout.RolloutPlanner;
import org.rolloutplanner.domain.rollout.RolloutRule;
import org.rolloutplanner.domain.rollout.Scenario;
import org.rolloutplanner.domain.rollout.SchoolYear;

class TimelineRowsTest {

    private final Scenario scenario = Scenario.builder(RolloutCalendar.startingIn(SchoolYear.parse("2015-16")))
            .phases(Phase.of("Design", 12), Phase.of("Implementation", 12))
            .rule(RolloutRule.FirstCohort.of(6)).rule(new RolloutRule.PercentOfSchools(10)).pin("010345000010", 2).build();
    private final org.rolloutplanner.domain.rollout.Plan plan = RolloutPlanner.plan(SampleDistrict.schools(), scenario);

    @Test
    void oneRowPerCohortLabelledWithItsSchoolYearAndSize() {
        var rows = TimelineRows.of(plan, Set.of());
        assertThat(rows).hasSize(plan.cohorts().size());
        assertThat(rows.getFirst().label()).isEqualTo("Cohort 1 · 2015-16 · 6 schools");
        assertThat(rows.get(1).label()).startsWith("Cohort 2 · 2016-17 · ");
    }

    @Test
    void anExpandedCohortIsFollowedByItsSchools() {
        var rows = TimelineRows.of(plan, Set.of(2));
        int cohort2 = plan.cohorts().get(1).size();
        assertThat(rows).hasSize(plan.cohorts().size() + cohort2);
        assertThat(rows.get(2).isCohort()).isFalse();
        assertThat(rows.get(2).cohort().number()).isEqualTo(2);
        assertThat(rows.get(2 + cohort2).label()).startsWith("Cohort 3 ");
        assertThat(rows.subList(2, 2 + cohort2)).filteredOn(TimelineRows.Row::pinned).extracting(TimelineRows.Row::label)
                .containsExactly("Canyon High School");
    }

    @Test
    void theRangeCoversWholeSchoolYearsFromTheFirstToAYearAfterTheLastPhase() {
        YearMonth[] range = TimelineRows.range(plan, scenario);
        assertThat(range[0]).isEqualTo(YearMonth.of(2015, 8));
        assertThat(range[1].getMonthValue()).isEqualTo(7);
        assertThat(range[1]).isAfter(plan.lastCohortEnd());
    }

    @Test
    void rulesOfEveryKindReadBackFromWhatTheEditorShows() {
        for (RuleKind kind : RuleKind.values()) {
            RolloutRule rule = kind.example(SchoolYear.parse("2015-16"));
            String[] values = RuleKind.values(rule);
            assertThat(RuleKind.of(rule).build(values[0], values[1])).as(kind.name()).isEqualTo(rule);
        }
        assertThat(RuleKind.FIRST_NAMED.build("A-1, B-2", "")).isEqualTo(RolloutRule.FirstCohort.named(java.util.List.of("A-1", "B-2")));
    }
}
