package org.rolloutplanner.io.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.rolloutplanner.domain.rollout.Check;
import org.rolloutplanner.domain.rollout.Deadline;
import org.rolloutplanner.domain.rollout.Phase;
import org.rolloutplanner.domain.rollout.PhaseCost;
import org.rolloutplanner.domain.rollout.RolloutCalendar;
import org.rolloutplanner.domain.rollout.RolloutPlanner;
import org.rolloutplanner.domain.rollout.RolloutRule;
import org.rolloutplanner.domain.rollout.Scenario;
import org.rolloutplanner.domain.rollout.SchoolYear;
import org.rolloutplanner.domain.school.School;
import org.rolloutplanner.domain.school.SchoolLevel;

/**
 * A 50-school district whose ids have leading zeros ("000000000001"…), with one school named like a formula and one
 * like a negative number, and two scenarios: six pilots then 10% a year, and ten pilots then 8 a year.
 */
final class ExportFixtures {

    static final String FORMULA_NAME = "=HYPERLINK(\"http://x\",\"y\")";
    static final String DISTRICT = "Lakeside Unified";

    private ExportFixtures() {
    }

    static List<School> roster() {
        List<School> r = new ArrayList<>();
        for (int i = 1; i <= 50; i++) {
            SchoolLevel level = i <= 4 ? SchoolLevel.HIGH : i <= 10 ? SchoolLevel.MIDDLE : SchoolLevel.ELEMENTARY;
            int enrollment = i <= 4 ? 1_800 : i <= 10 ? 900 : 700;
            String name = i == 3 ? FORMULA_NAME : i == 5 ? "-5 Street Academy" : "School " + i;
            r.add(new School(0, String.format("%012d", i), name, level, "", "", enrollment, 60.0, i % 2 == 0 ? "North" : "South",
                    "", 100.0 - i, null));
        }
        return r;
    }

    static Scenario tenPercent() {
        return Scenario.builder(RolloutCalendar.startingIn(SchoolYear.parse("2015-16")))
                .phases(Phase.of("Design", 12), Phase.of("Implementation", 24))
                .rule(RolloutRule.FirstCohort.of(6))
                .rule(new RolloutRule.PercentOfSchools(10))
                .cost(new PhaseCost("Design", 100_000, 0))
                .cost(new PhaseCost("Implementation", 0, 50))
                .check(Check.Target.started(100, Check.Measure.SCHOOLS, new Deadline.StartOf(SchoolYear.parse("2020-21"))))
                .build();
    }


    static Scenario tenThenEight() {
        return Scenario.builder(RolloutCalendar.startingIn(SchoolYear.parse("2015-16")))
                .phases(Phase.of("Design", 12), Phase.of("Implementation", 24))
                .rule(RolloutRule.FirstCohort.of(10))
                .rule(RolloutRule.SchoolsPerYear.exactly(8))
                .cost(new PhaseCost("Design", 100_000, 0))
                .build();
    }

    static ExportedPlan plan(String name, Scenario sc) {
        return new ExportedPlan(name, sc, RolloutPlanner.plan(roster(), sc));
    }

    static PlanExport one() {
        return new PlanExport(DISTRICT, List.of(plan("Ten percent", tenPercent())), EnumSet.allOf(ExportSheet.class),
                LocalDate.of(2026, 12, 1));
    }

    static PlanExport two() {
        return new PlanExport(DISTRICT, List.of(plan("Ten percent", tenPercent()), plan("Eight a year", tenThenEight())),
                EnumSet.allOf(ExportSheet.class), LocalDate.of(2026, 12, 1));
    }
}
