package org.rolloutplanner.domain.rollout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rolloutplanner.domain.rollout.Plan.Cohort;
import org.rolloutplanner.domain.rollout.RolloutRule.CohortsOverYears;
import org.rolloutplanner.domain.rollout.RolloutRule.FinishBy;
import org.rolloutplanner.domain.rollout.RolloutRule.FirstCohort;
import org.rolloutplanner.domain.rollout.RolloutRule.PercentOfSchools;
import org.rolloutplanner.domain.rollout.RolloutRule.PercentOfStudents;
import org.rolloutplanner.domain.rollout.RolloutRule.Remaining;
import org.rolloutplanner.domain.rollout.RolloutRule.SchoolsPerYear;
import org.rolloutplanner.domain.school.School;

/** Each rule, rounding, ordering option and check on small rosters. */
class RolloutRulesTest {

    static final RolloutCalendar CAL = RolloutCalendar.startingIn(SchoolYear.parse("2015-16"));

    static Plan plan(List<School> roster, Scenario.Builder b) {
        return RolloutPlanner.plan(roster, b.build());
    }

    static Scenario.Builder scenario(RolloutRule... rules) {
        return Scenario.builder(CAL).rules(List.of(rules));
    }

    static List<Integer> sizes(Plan p) {
        return p.cohorts().stream().map(Cohort::size).toList();
    }

    // ---- rounding -------------------------------------------------------------------------------------------

    @Test
    void tenPercentOfFortyNineSchoolsRoundsUpToFive() {
        Plan p = plan(Rosters.elementary(49), scenario(new PercentOfSchools(10)).rounding(Rounding.UP));
        assertThat(sizes(p)).containsExactly(5, 5, 5, 5, 5, 5, 5, 5, 5, 4);
        assertThat(p.rules().getFirst().calculation())
                .isEqualTo("10% of 49 schools = 4.9, rounded up to 5 schools a year: 9 cohorts of 5, then 1 of 4");
    }

    @Test
    void tenPercentOfFortyNineSchoolsRoundsDownToFour() {
        Plan p = plan(Rosters.elementary(49), scenario(new PercentOfSchools(10)).rounding(Rounding.DOWN));
        assertThat(p.cohorts()).hasSize(13);
        assertThat(sizes(p).getFirst()).isEqualTo(4);
        assertThat(sizes(p).getLast()).isEqualTo(1);
        assertThat(p.rules().getFirst().calculation()).startsWith("10% of 49 schools = 4.9, rounded down to 4 schools a year");
        assertThat(p.completionSchoolYear()).isEqualTo(SchoolYear.parse("2027-28"));
    }

    @Test
    void tenPercentOfFortyNineSchoolsRoundsToTheNearestFive() {
        Plan p = plan(Rosters.elementary(49), scenario(new PercentOfSchools(10)).rounding(Rounding.NEAREST));
        assertThat(sizes(p).getFirst()).isEqualTo(5);
        assertThat(p.rules().getFirst().calculation()).startsWith("10% of 49 schools = 4.9, rounded to 5 schools a year");
    }

    @Test
    void roundingRoundsHalvesUpWhenNearest() {
        assertThat(Rounding.UP.apply(4.9)).isEqualTo(5);
        assertThat(Rounding.UP.apply(5.0)).isEqualTo(5);
        assertThat(Rounding.DOWN.apply(4.9)).isEqualTo(4);
        assertThat(Rounding.NEAREST.apply(4.5)).isEqualTo(5);
        assertThat(Rounding.NEAREST.apply(4.4)).isEqualTo(4);
        assertThat(Rounding.DEFAULT).isEqualTo(Rounding.UP);
    }

    // ---- rules ------------------------------------------------------------------------------------------------

    @Test
    void sixCohortsOverEightYearsStartEveryYearAndAThird() {
        Plan p = plan(Rosters.elementary(50), scenario(new CohortsOverYears(6, 8)));
        assertThat(sizes(p)).containsExactly(9, 9, 8, 8, 8, 8);
        assertThat(p.cohorts()).extracting(c -> c.schoolYear().label())
                .containsExactly("2015-16", "2016-17", "2017-18", "2019-20", "2020-21", "2021-22");
        assertThat(p.rules().getFirst().calculation())
                .isEqualTo("cohorts start in 2015-16, 2016-17, 2017-18, 2019-20, 2020-21, 2021-22: 2 cohorts of 9, then 4 of 8");
    }

    @Test
    void finishByDerivesAnEvenPace() {
        Plan p = plan(Rosters.elementary(44), scenario(new FinishBy(SchoolYear.parse("2024-25"))));
        assertThat(sizes(p)).containsExactly(5, 5, 5, 5, 4, 4, 4, 4, 4, 4);
        assertThat(p.completionSchoolYear()).isEqualTo(SchoolYear.parse("2024-25"));
        assertThat(p.rules().getFirst().calculation()).isEqualTo("44 schools over 10 school years: 4 cohorts of 5, then 6 of 4");
        assertThat(p.warnings()).isEmpty();
    }

    @Test
    void finishByAYearAlreadyPastPlacesEverySchoolAtOnceAndWarns() {
        Plan p = plan(Rosters.elementary(10), scenario(new FinishBy(SchoolYear.parse("2014-15"))));
        assertThat(sizes(p)).containsExactly(10);
        assertThat(p.warnings()).extracting(Warning::message)
                .containsExactly("Not every school can start by 2014-15: the last school starts in 2015-16.");
    }

    @Test
    void percentOfStudentsRoundedUpReachesEachYearsGoal() {
        Plan p = plan(Rosters.eightySevenThousandStudents(), scenario(new PercentOfStudents(10))
                .order(new SchoolOrder.ByEnrollment()).rounding(Rounding.UP));
        // year 1: 8,700 students wanted; 4 high schools make 7,200, the fifth 9,000
        assertThat(p.cohorts().getFirst().size()).isEqualTo(5);
        for (int k = 0; k < p.years().size(); k++) {
            double goal = Math.min(100, 10 * (k + 1));
            assertThat(p.years().get(k).started().studentsPercent()).isGreaterThanOrEqualTo(goal - 1e-9)
                    .isLessThan(goal + 100.0 * 1_800 / 87_000);
        }
        assertThat(p.completionSchoolYear()).isEqualTo(SchoolYear.parse("2024-25"));
    }

    @Test
    void percentOfStudentsShowsItsNumbers() {
        Plan p = plan(Rosters.eightySevenThousandStudents(), scenario(new PercentOfStudents(10)).order(new SchoolOrder.ByEnrollment()));
        assertThat(p.rules().getFirst().calculation()).startsWith("10 points of 87,000 students = 8,700 students a year: ");
        assertThat(p.cohortBySchool()).hasSize(100).containsEntry("H001", 1);
    }

    @Test
    void percentOfStudentsRoundedDownStaysUnderEachYearsGoal() {
        Plan p = plan(Rosters.eightySevenThousandStudents(), scenario(new PercentOfStudents(10))
                .order(new SchoolOrder.ByEnrollment()).rounding(Rounding.DOWN));
        assertThat(p.cohorts().getFirst().size()).isEqualTo(4);
        for (int k = 0; k < p.years().size(); k++) {
            assertThat(p.years().get(k).started().studentsPercent()).isLessThanOrEqualTo(10 * (k + 1) + 1e-9);
        }
        assertThat(p.unplaced()).isEmpty();
    }

    @Test
    void firstCohortTakesTheReadiestSchools() {
        Plan p = plan(Rosters.elementary(20), scenario(FirstCohort.of(6), new Remaining()));
        assertThat(p.cohorts().getFirst().schoolIds()).containsExactly("S001", "S002", "S003", "S004", "S005", "S006");
        assertThat(sizes(p)).containsExactly(6, 14);
    }

    @Test
    void schoolsNoRulePlacesAreReported() {
        Plan p = plan(Rosters.elementary(20), scenario(FirstCohort.of(6)));
        assertThat(p.unplaced()).hasSize(14);
        assertThat(p.warnings()).extracting(Warning::message).containsExactly(
                "14 schools are not placed by any rule (S007, S008, S009, S010, S011, …). Add a rule such as \"all remaining schools\".");
        assertThat(p.years().getFirst().started().schoolsPercent()).isEqualTo(30.0);
    }

    @Test
    void remainingWaitsForEachLevelsGate() {
        Plan p = plan(Rosters.hundredFortyTwoSchools(), scenario(new Remaining())
                .gate(new LevelGate(org.rolloutplanner.domain.school.SchoolLevel.MIDDLE, SchoolYear.parse("2017-18")))
                .gate(new LevelGate(org.rolloutplanner.domain.school.SchoolLevel.ELEMENTARY, SchoolYear.parse("2019-20"))));
        assertThat(sizes(p)).containsExactly(20, 32, 90);
        assertThat(p.cohorts()).extracting(c -> c.schoolYear().label()).containsExactly("2015-16", "2017-18", "2019-20");
    }

    // ---- ordering, pins, exclusions, partial adoption, overrides ----------------------------------------------------

    @Test
    void aPinnedSchoolJoinsItsCohortAndCountsTowardItsSize() {
        Plan p = plan(Rosters.elementary(20), scenario(SchoolsPerYear.exactly(5)).pin("S020", 1).pin("S001", 3));
        assertThat(p.cohort(1).orElseThrow().schoolIds()).containsExactly("S002", "S003", "S004", "S005", "S020");
        assertThat(p.cohort(3).orElseThrow().schoolIds()).contains("S001").hasSize(5);
        assertThat(p.placements()).filteredOn(Plan.Placement::pinned).extracting(pl -> pl.school().id())
                .containsExactlyInAnyOrder("S020", "S001");
        assertThat(p.warnings()).isEmpty();
    }

    @Test
    void aSchoolPinnedBeyondTheLastCohortGoesToTheLastCohortWithAWarning() {
        Plan p = plan(Rosters.elementary(20), scenario(SchoolsPerYear.exactly(5)).pin("S001", 9));
        assertThat(sizes(p)).containsExactly(5, 5, 5, 5);
        assertThat(p.cohort(4).orElseThrow().schoolIds()).contains("S001");
        assertThat(p.warnings()).extracting(Warning::message)
                .containsExactly("School S001 is pinned to cohort 9, but the plan has 4 cohorts; it is placed in cohort 4.");
    }

    @Test
    void excludedSchoolsAreLeftOutOfCohortsAndPercentages() {
        Plan p = plan(Rosters.elementary(50), scenario(new PercentOfSchools(10)).exclude("S001"));
        assertThat(p.schoolCount()).isEqualTo(49);
        assertThat(p.excluded()).extracting(School::id).containsExactly("S001");
        assertThat(p.cohortOf("S001")).isEmpty();
        assertThat(p.rules().getFirst().calculation()).startsWith("10% of 49 schools = 4.9, rounded up to 5");
        assertThat(p.years().getLast().started().schoolsPercent()).isEqualTo(100.0);
    }

    @Test
    void componentsOnlySchoolsArePlacedAndFlaggedUntilTheirDate() {
        Plan p = plan(Rosters.elementary(10), scenario(SchoolsPerYear.exactly(5))
                .partial(new PartialAdoption(Set.of("S001", "S006"), YearMonth.of(2017, 1), "waiting for the platform")));
        assertThat(p.placements()).filteredOn(pl -> pl.school().id().equals("S001")).singleElement()
                .extracting(Plan.Placement::componentsOnlyUntil).isEqualTo(YearMonth.of(2017, 1));
        assertThat(p.years()).extracting(Plan.YearSummary::componentsOnly).containsExactly(1, 0);
    }

    @Test
    void aCohortCanStartMidYearWithShorterPhases() {
        Plan p = plan(Rosters.elementary(10), scenario(SchoolsPerYear.exactly(5))
                .phases(Phase.of("Design", 12), Phase.of("Implementation", 12))
                .override(new CohortOverride(2, YearMonth.of(2017, 1), Map.of("design", 6))));
        Cohort second = p.cohort(2).orElseThrow();
        assertThat(second.start()).isEqualTo(YearMonth.of(2017, 1));
        assertThat(second.schoolYear()).isEqualTo(SchoolYear.parse("2016-17"));
        assertThat(second.phases()).extracting(Plan.PhaseSpan::end).containsExactly(YearMonth.of(2017, 6), YearMonth.of(2018, 6));
    }

    @Test
    void theSameInputsGiveTheSamePlanWhateverTheRosterOrder() {
        List<School> roster = Rosters.hundredFortyTwoSchools();
        Scenario s = scenario(FirstCohort.of(6), new PercentOfSchools(10)).build();
        List<School> shuffled = new ArrayList<>(roster);
        Collections.shuffle(shuffled, new Random(42));
        Plan a = RolloutPlanner.plan(roster, s);
        assertThat(RolloutPlanner.plan(roster, s)).isEqualTo(a);
        Plan b = RolloutPlanner.plan(shuffled, s);
        assertThat(b.cohorts()).extracting(Cohort::schoolIds).isEqualTo(a.cohorts().stream().map(Cohort::schoolIds).toList());
        assertThat(b.years()).isEqualTo(a.years());
    }

    @Test
    void tiesAreBrokenBySchoolId() {
        List<School> roster = List.of(Rosters.school("B", org.rolloutplanner.domain.school.SchoolLevel.HIGH, 100, 50.0),
                Rosters.school("A", org.rolloutplanner.domain.school.SchoolLevel.HIGH, 100, 50.0),
                Rosters.school("C", org.rolloutplanner.domain.school.SchoolLevel.HIGH, 100, 70.0));
        Plan p = plan(roster, scenario(SchoolsPerYear.exactly(1)));
        assertThat(p.cohorts()).extracting(c -> c.schoolIds().getFirst()).containsExactly("C", "A", "B");
    }

    // ---- checks -------------------------------------------------------------------------------------------------

    @Test
    void tooManySchoolsInDesignAtOnceIsAWarningForThatYear() {
        // Design lasts 18 months: cohorts 2 and 3 (7 + 7) overlap from August 2017 to January 2018
        Plan p = plan(Rosters.elementary(31), scenario(FirstCohort.of(3), SchoolsPerYear.exactly(7))
                .phases(Phase.of("Design", 18), Phase.of("Implementation", 12))
                .check(new Check.PhaseCapacity("Design", 10, "coaching capacity")));
        assertThat(p.warnings()).hasSize(3);
        Warning w = p.warnings().getFirst();
        assertThat(w.message()).isEqualTo("In 2017-18, 14 schools are in Design at once; coaching capacity is 10.");
        assertThat(w.schoolYear()).isEqualTo(SchoolYear.parse("2017-18"));
        assertThat(w.cohort()).isEqualTo(3);
    }

    @Test
    void grantsAndPerStudentCostsAddUpPerSchoolYearAndABudgetIsChecked() {
        Plan p = plan(Rosters.elementary(10), scenario(SchoolsPerYear.exactly(5))
                .phases(Phase.of("Planning", 12), Phase.of("Launch", 12))
                .cost(new PhaseCost("Planning", 100_000, 0))
                .cost(new PhaseCost("Launch", 200_000, 50))
                .check(new Check.Budget(1_000_000)));
        // 2016-17: cohort 2 planning 5 × 100,000 + cohort 1 launch 5 × 200,000 + 2,500 students × 50
        assertThat(p.years()).extracting(Plan.YearSummary::cost).containsExactly(500_000L, 1_625_000L, 1_125_000L);
        assertThat(p.warnings()).extracting(Warning::message).containsExactly(
                "In 2016-17, the plan costs $1,625,000; the budget is $1,000,000 a year ($625,000 over).",
                "In 2017-18, the plan costs $1,125,000; the budget is $1,000,000 a year ($125,000 over).");
    }

    @Test
    void aMetTargetGivesNoWarning() {
        Plan p = plan(Rosters.elementary(10), scenario(SchoolsPerYear.exactly(5))
                .check(Check.Target.started(100, Check.Measure.SCHOOLS, new Deadline.InSchoolYear(SchoolYear.parse("2016-17")))));
        assertThat(p.targets().getFirst().met()).isTrue();
        assertThat(p.targets().getFirst().monthsLate()).isZero();
        assertThat(p.warnings()).isEmpty();
    }

    @Test
    void anEmptyRosterGivesAnEmptyPlan() {
        Plan p = plan(List.of(), scenario(new PercentOfSchools(10))
                .check(Check.Target.started(100, Check.Measure.SCHOOLS, new Deadline.InSchoolYear(SchoolYear.parse("2016-17")))));
        assertThat(p.cohorts()).isEmpty();
        assertThat(p.completion()).isEmpty();
        assertThat(p.lastCohort()).isZero();
        assertThat(p.years()).hasSize(1);
        assertThat(p.years().getFirst().started().schoolsPercent()).isZero();
        assertThat(p.warnings()).isEmpty();
    }

    @Test
    void unknownSchoolsInPinsAndExclusionsAreWarnedAboutAndIgnored() {
        Plan p = plan(Rosters.elementary(5), scenario(new Remaining()).pin("NOPE", 2).exclude("GONE"));
        assertThat(sizes(p)).containsExactly(5);
        assertThat(p.warnings()).extracting(Warning::message).containsExactly(
                "School GONE is excluded but is not in the roster.",
                "School NOPE is pinned to cohort 2 but is not in the roster; the pin is ignored.");
    }

    // ---- descriptions and values ------------------------------------------------------------------------------------

    @Test
    void eachRuleDescribesItselfInPlainEnglish() {
        assertThat(FirstCohort.of(6).describe(Rounding.UP)).isEqualTo("A first cohort of 6 schools.");
        assertThat(FirstCohort.named(List.of("A", "B")).describe(Rounding.UP)).isEqualTo("A first cohort of 2 named schools: A, B.");
        assertThat(SchoolsPerYear.exactly(5).describe(Rounding.UP)).isEqualTo("5 schools a year until every school has started.");
        assertThat(new SchoolsPerYear(6, 8).describe(Rounding.UP)).isEqualTo(
                "6 to 8 schools a year, in cohorts of even size, until every school has started (the last cohort takes what is left).");
        assertThat(new PercentOfSchools(10).describe(Rounding.UP))
                .isEqualTo("10% of the district's schools a year (rounded up) until every school has started.");
        assertThat(new PercentOfSchools(10).describe(Rounding.NEAREST))
                .isEqualTo("10% of the district's schools a year (rounded to the nearest whole number) until every school has started.");
        assertThat(new PercentOfStudents(10).describe(Rounding.UP)).isEqualTo("Student coverage grows by 10 percentage points a year "
                + "(each year's cohort reaches at least the year's goal) until every school has started.");
        assertThat(new CohortsOverYears(6, 8).describe(Rounding.UP))
                .isEqualTo("6 cohorts spread evenly over 8 school years, sharing the remaining schools evenly.");
        assertThat(new Remaining().describe(Rounding.UP)).isEqualTo("All remaining schools in one cohort.");
        assertThat(new FinishBy(SchoolYear.parse("2024-25")).describe(Rounding.UP))
                .isEqualTo("Every school started by 2024-25, at an even pace (the planner derives how many schools start each year).");
    }

    @Test
    void rulesRejectNumbersThatMakeNoSense() {
        assertThatThrownBy(() -> new PercentOfSchools(0)).hasMessageContaining("above 0");
        assertThatThrownBy(() -> new SchoolsPerYear(8, 6)).hasMessageContaining("from low to high");
        assertThatThrownBy(() -> new CohortsOverYears(0, 8)).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> PhaseTemplate.of(Phase.openEnded("Implementation"), Phase.of("Sustain", 12)))
                .hasMessageContaining("Only the last phase may be open-ended");
    }

    @Test
    void schoolYearsReadAndPrintAsDistrictsWriteThem() {
        assertThat(SchoolYear.parse("2015-16").label()).isEqualTo("2015-16");
        assertThat(SchoolYear.parse("2015-2016")).isEqualTo(new SchoolYear(2015));
        assertThat(SchoolYear.parse("1999-00").label()).isEqualTo("1999-00");
        assertThat(SchoolYear.containing(YearMonth.of(2016, 7), 8)).isEqualTo(SchoolYear.parse("2015-16"));
        assertThat(SchoolYear.containing(YearMonth.of(2016, 8), 8)).isEqualTo(SchoolYear.parse("2016-17"));
        assertThatThrownBy(() -> SchoolYear.parse("2015-17")).hasMessageContaining("must follow");
    }
}
