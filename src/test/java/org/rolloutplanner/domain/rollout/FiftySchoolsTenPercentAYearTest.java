package org.rolloutplanner.domain.rollout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.tuple;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rolloutplanner.domain.rollout.Check.Measure;
import org.rolloutplanner.domain.rollout.Check.Milestone;
import org.rolloutplanner.domain.rollout.Check.Target;
import org.rolloutplanner.domain.rollout.Plan.Cohort;
import org.rolloutplanner.domain.rollout.RolloutRule.FirstCohort;
import org.rolloutplanner.domain.rollout.RolloutRule.PercentOfSchools;
import org.rolloutplanner.domain.school.School;
import org.rolloutplanner.domain.school.SchoolLevel;

/** 50 schools; 6 secondary schools first in 2015-16; then 10% of schools a year; Design 12 + Implementation 12. */
class FiftySchoolsTenPercentAYearTest {

    static final RolloutCalendar CAL = RolloutCalendar.startingIn(SchoolYear.parse("2015-16"));

    final List<School> roster = Rosters.fiftySchools();
    final Plan plan = RolloutPlanner.plan(roster, Scenario.builder(CAL)
            .phases(Phase.of("Design", 12), Phase.of("Implementation", 12))
            .rule(FirstCohort.named(List.of("H001", "H002", "H003", "H004", "M001", "M002")))
            .rule(new PercentOfSchools(10))
            .check(Target.started(100, Measure.SCHOOLS, new Deadline.InSchoolYear(SchoolYear.parse("2024-25"))))
            .check(new Target(100, Measure.SCHOOLS, Milestone.COMPLETED, new Deadline.StartOf(SchoolYear.parse("2024-25"))))
            .build());

    @Test
    void sixSecondarySchoolsStartIn2015AndFiveSchoolsEachYearAfter() {
        assertThat(plan.cohorts()).hasSize(10);
        Cohort first = plan.cohorts().getFirst();
        assertThat(first.start()).isEqualTo(YearMonth.of(2015, 8));
        assertThat(first.schools()).hasSize(6).allMatch(s -> s.level().isSecondary());
        assertThat(plan.cohorts().subList(1, 9)).allSatisfy(c -> assertThat(c.size()).isEqualTo(5));
        assertThat(plan.cohorts().get(9).size()).isEqualTo(4); // 44 = 8 × 5 + 4
        assertThat(plan.rules().get(1).calculation())
                .isEqualTo("10% of 50 schools = 5 schools a year: 8 cohorts of 5, then 1 of 4");
    }

    @Test
    void everySchoolHasStartedBy2024_25() {
        assertThat(plan.unplaced()).isEmpty();
        assertThat(plan.placements()).hasSize(50);
        assertThat(plan.completionSchoolYear()).isEqualTo(SchoolYear.parse("2024-25"));
        var y = plan.year(SchoolYear.parse("2024-25")).orElseThrow();
        assertThat(y.started().schools()).isEqualTo(50);
        assertThat(y.started().schoolsPercent()).isEqualTo(100.0);
        assertThat(plan.targets().getFirst().met()).isTrue();
    }

    @Test
    void lastCohortAndTheEndOfItsImplementationAreReported() {
        assertThat(plan.lastCohort()).isEqualTo(10);
        assertThat(plan.lastCohortEnd()).isEqualTo(YearMonth.of(2026, 7));
        Cohort last = plan.cohort(10).orElseThrow();
        assertThat(last.phases()).extracting(Plan.PhaseSpan::start, Plan.PhaseSpan::end).containsExactly(
                tuple(YearMonth.of(2024, 8), YearMonth.of(2025, 7)),
                tuple(YearMonth.of(2025, 8), YearMonth.of(2026, 7)));
    }

    @Test
    void allSchoolsThroughImplementationByTheStartOf2024_25IsMissedByNineSchoolsAndTwoYears() {
        // cohorts 1–8 (6 + 7 × 5 = 41 schools) end by July 2024; cohort 10 ends July 2026
        var result = plan.targets().get(1);
        assertThat(result.met()).isFalse();
        assertThat(result.schoolsShort()).isEqualTo(9);
        assertThat(result.monthsLate()).isEqualTo(24);
        assertThat(plan.warnings()).extracting(Warning::message).contains(
                "Target missed: 100% of schools through Implementation by the start of 2024-25. By then 41 of 50 schools (82%) "
                        + "are through Implementation: 9 schools short. The target is reached in July 2026, 24 months late.");
        assertThat(plan.warnings()).filteredOn(w -> w.message().startsWith("Target missed"))
                .extracting(Warning::schoolYear).containsExactly(SchoolYear.parse("2024-25"));
    }

    @Test
    void coverageGrowsBySchoolYear() {
        var first = plan.years().getFirst();
        assertThat(first.schoolYear().label()).isEqualTo("2015-16");
        assertThat(first.schoolsStarted()).isEqualTo(6);
        assertThat(first.started().schoolsPercent()).isEqualTo(12.0);
        // 4 high × 1,800 + 2 middle × 900 = 9,000 of 4 × 1,800 + 6 × 900 + 40 × 700 = 40,600
        assertThat(first.started().studentsPercent()).isCloseTo(100.0 * 9_000 / 40_600, offset(1e-9));
        assertThat(first.launched().schools()).isZero();
        var second = plan.year(SchoolYear.parse("2016-17")).orElseThrow();
        assertThat(second.launched().schools()).isEqualTo(6);
        assertThat(second.entering()).extracting(Plan.PhaseEntry::phase, Plan.PhaseEntry::schools)
                .containsExactly(tuple("Design", 5),
                        tuple("Implementation", 6));
        assertThat(second.byLevel().get(SchoolLevel.HIGH).started().schoolsPercent()).isEqualTo(100.0);
        assertThat(plan.years().getLast().schoolYear()).isEqualTo(SchoolYear.parse("2025-26"));
    }
}
