package org.rolloutplanner.io.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
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
import org.rolloutplanner.domain.selection.AggregationMethod;
import org.rolloutplanner.domain.selection.Applicant;
import org.rolloutplanner.domain.selection.CohortRules;
import org.rolloutplanner.domain.selection.Criterion;
import org.rolloutplanner.domain.selection.Reviewer;
import org.rolloutplanner.domain.selection.Score;
import org.rolloutplanner.domain.selection.ScoreSheet;
import org.rolloutplanner.domain.selection.SelectionOutcome;
import org.rolloutplanner.domain.selection.SelectionRound;
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
                .cost(new PhaseCost("Planning grant", "Design", 100_000, 0))
                .cost(new PhaseCost("Launch grant", "Implementation", 150_000, 0))
                .cost(new PhaseCost("Coaching", "Implementation", 0, 50))
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

    /**
     * A selection round over eight of the schools: an essential criterion (school 8 fails it), Readiness (weight 2) and
     * Leadership (weight 1) on a 1-4 rubric, two reviewers who agree. Ranks: school 5 (4.00), 6 and 7 tied at 3.00
     * (decided by the tie-breaks), 9 (2.67), 3 (2.00, a high school, named like a formula), 1 (1.33), 2 (1.00). Four
     * seats with "at least one high school": 5, 6, 7 and 3 are in, 9 is out because of the rule.
     */
    static SelectionOutcome selection() {
        int[] ids = {1, 2, 3, 5, 6, 7, 8, 9};
        int[][] readyLead = {{1, 2}, {1, 1}, {2, 2}, {4, 4}, {3, 3}, {3, 3}, {4, 4}, {3, 2}};
        var roster = roster();
        List<Applicant> applicants = new ArrayList<>();
        List<Score> scores = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            School s = roster.get(ids[i] - 1);
            applicants.add(new Applicant(s.id(), s.name(), Map.of("level", s.level().code(), "region", s.region(),
                    Applicant.ENROLLMENT, String.valueOf(s.enrollment()), Applicant.FRL_PERCENT, String.valueOf(s.frlPercent()))));
            for (String reviewer : List.of("ana", "carl")) {
                scores.add(new Score(reviewer, s.id(), "commit", ids[i] == 8 ? 0 : 1));
                scores.add(new Score(reviewer, s.id(), "ready", readyLead[i][0]));
                scores.add(new Score(reviewer, s.id(), "lead", readyLead[i][1]));
            }
        }
        List<Criterion> criteria = List.of(Criterion.essential("commit", "Named project manager"),
                Criterion.preferred("ready", "Readiness", 2, 1, 4), Criterion.preferred("lead", "Leadership", 1, 1, 4));
        var sheet = new ScoreSheet(applicants, criteria, List.of(new Reviewer("ana", "Ana Berg", ""),
                new Reviewer("carl", "Carl Diaz", "")), scores, List.of());
        var round = new SelectionRound(7, 1, "Pilot cohort 2015", 4, null, null, 1, AggregationMethod.MEAN, 42);
        return SelectionOutcome.of(round, sheet, 4, CohortRules.parse("level=high:1:"));
    }

    static PlanExport two() {
        return new PlanExport(DISTRICT, List.of(plan("Ten percent", tenPercent()), plan("Eight a year", tenThenEight())),
                EnumSet.allOf(ExportSheet.class), LocalDate.of(2026, 12, 1));
    }
}
