package org.rolloutplanner.domain.rollout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rolloutplanner.domain.rollout.Plan.Cohort;
import org.rolloutplanner.domain.rollout.RolloutRule.PercentOfSchools;
import org.rolloutplanner.domain.school.School;
import org.rolloutplanner.domain.school.SchoolLevel;

/** 142 schools: high schools first, middle schools not before 2017-18, elementary not before 2019-20. */
class HundredFortyTwoSchoolsByLevelTest {

    static final RolloutCalendar CAL = RolloutCalendar.startingIn(SchoolYear.parse("2015-16"));

    final Plan plan = RolloutPlanner.plan(Rosters.hundredFortyTwoSchools(), Scenario.builder(CAL)
            .order(new SchoolOrder.ByLevel(List.of(SchoolLevel.HIGH, SchoolLevel.MIDDLE, SchoolLevel.ELEMENTARY),
                    new SchoolOrder.ByReadiness()))
            .gate(new LevelGate(SchoolLevel.MIDDLE, SchoolYear.parse("2017-18")))
            .gate(new LevelGate(SchoolLevel.ELEMENTARY, SchoolYear.parse("2019-20")))
            .rule(new PercentOfSchools(10)) // 14.2, rounded up to 15 a year
            .build());

    @Test
    void highSchoolsGoFirstAndNoLevelStartsBeforeItsYear() {
        for (Cohort c : plan.cohorts()) {
            for (School s : c.schools()) {
                switch (s.level()) {
                    case MIDDLE -> assertThat(c.schoolYear()).isGreaterThanOrEqualTo(SchoolYear.parse("2017-18"));
                    case ELEMENTARY -> assertThat(c.schoolYear()).isGreaterThanOrEqualTo(SchoolYear.parse("2019-20"));
                    default -> assertThat(c.number()).isLessThanOrEqualTo(2);
                }
            }
        }
    }

    @Test
    void cohortsFollowTheGatesYearByYear() {
        // 15 high, 5 high (middle schools must wait), 15 + 15 middle, 2 middle + 13 elementary, 5 × 15 elementary, 2
        assertThat(plan.cohorts()).extracting(Cohort::size).containsExactly(15, 5, 15, 15, 15, 15, 15, 15, 15, 15, 2);
        assertThat(plan.cohorts()).extracting(c -> c.schoolYear().label()).containsExactly("2015-16", "2016-17", "2017-18",
                "2018-19", "2019-20", "2020-21", "2021-22", "2022-23", "2023-24", "2024-25", "2025-26");
        assertThat(plan.cohort(5).orElseThrow().schools()).filteredOn(s -> s.level() == SchoolLevel.MIDDLE).hasSize(2);
        assertThat(plan.cohort(5).orElseThrow().schools()).filteredOn(s -> s.level() == SchoolLevel.ELEMENTARY).hasSize(13);
        assertThat(plan.completionSchoolYear()).isEqualTo(SchoolYear.parse("2025-26"));
        assertThat(plan.rules().getFirst().calculation()).startsWith("10% of 142 schools = 14.2, rounded up to 15 schools a year");
    }

    @Test
    void levelCoverageShowsEachLevelInItsTurn() {
        var y = plan.year(SchoolYear.parse("2018-19")).orElseThrow();
        assertThat(y.byLevel().get(SchoolLevel.HIGH).started().schoolsPercent()).isEqualTo(100.0);
        assertThat(y.byLevel().get(SchoolLevel.MIDDLE).started().schools()).isEqualTo(30);
        assertThat(y.byLevel().get(SchoolLevel.ELEMENTARY).started().schools()).isZero();
    }
}
