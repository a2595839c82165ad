package org.rolloutplanner.domain.rollout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.rolloutplanner.domain.rollout.Plan.Cohort;
import org.rolloutplanner.domain.rollout.RolloutRule.SchoolsPerYear;

/** 40 schools; 6–8 schools a year; a 12-month planning phase before launch: all launched within 5 to 7 years. */
class FortySchoolsSixToEightAYearTest {

    static final RolloutCalendar CAL = RolloutCalendar.startingIn(SchoolYear.parse("2015-16"));

    Plan plan(int min, int max) {
        return RolloutPlanner.plan(Rosters.fortySchools(), Scenario.builder(CAL)
                .phases(Phase.of("Planning", 12), Phase.openEnded("Launch"))
                .rule(new SchoolsPerYear(min, max))
                .build());
    }

    static long yearsFromFirstCohortToLastLaunch(Plan p) {
        YearMonth lastLaunch = p.cohorts().stream().map(c -> c.phases().get(1).start()).max(YearMonth::compareTo).orElseThrow();
        return ChronoUnit.YEARS.between(p.cohorts().getFirst().start().atDay(1), lastLaunch.atDay(1));
    }

    @Test
    void sixToEightSchoolsAYearMakesFiveCohortsOfEight() {
        Plan p = plan(6, 8);
        assertThat(p.cohorts()).extracting(Cohort::size).containsExactly(8, 8, 8, 8, 8);
        assertThat(yearsFromFirstCohortToLastLaunch(p)).isEqualTo(5);
        assertThat(p.rules().getFirst().calculation()).isEqualTo("5 cohorts of 8");
    }

    @Test
    void eightSchoolsAYearLaunchesEverySchoolFiveYearsAfterTheFirstCohort() {
        Plan p = plan(8, 8);
        assertThat(yearsFromFirstCohortToLastLaunch(p)).isEqualTo(5);
        assertThat(p.year(SchoolYear.parse("2019-20")).orElseThrow().launched().schoolsPercent()).isEqualTo(80.0);
        assertThat(p.year(SchoolYear.parse("2020-21")).orElseThrow().launched().schoolsPercent()).isEqualTo(100.0);
    }

    @Test
    void sixSchoolsAYearLaunchesEverySchoolSevenYearsAfterTheFirstCohort() {
        Plan p = plan(6, 6);
        assertThat(p.cohorts()).extracting(Cohort::size).containsExactly(6, 6, 6, 6, 6, 6, 4);
        assertThat(yearsFromFirstCohortToLastLaunch(p)).isEqualTo(7);
        assertThat(p.year(SchoolYear.parse("2021-22")).orElseThrow().launched().schoolsPercent()).isEqualTo(90.0);
        assertThat(p.year(SchoolYear.parse("2022-23")).orElseThrow().launched().schoolsPercent()).isEqualTo(100.0);
    }

    @Test
    void aRangeSharesFortyOneSchoolsInEvenCohorts() {
        var roster = new java.util.ArrayList<>(Rosters.fortySchools());
        roster.add(Rosters.school("X001", org.rolloutplanner.domain.school.SchoolLevel.MIDDLE, 500, 10.0));
        Plan p = RolloutPlanner.plan(roster, Scenario.builder(CAL).rule(new SchoolsPerYear(6, 8)).build());
        assertThat(p.cohorts()).extracting(Cohort::size).containsExactly(7, 7, 7, 7, 7, 6);
    }

    @Test
    void anOpenEndedLaunchPhaseHasNoEnd() {
        Plan p = plan(6, 8);
        assertThat(p.cohorts().getFirst().phases().get(0).end()).isEqualTo(YearMonth.of(2016, 7));
        assertThat(p.cohorts().getFirst().phases().get(1).end()).isNull();
        assertThat(p.lastCohortEnd()).isNull();
    }
}
