package org.rolloutplanner.ui.scenarios;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.rolloutplanner.domain.rollout.Plan;
import org.rolloutplanner.domain.school.School;

/**
 * The rows of the timeline: one per cohort, followed by its schools when the cohort is expanded. Pure, so it is tested
 * without a window, and cheap: 700 schools make 700 small records.
 */
final class TimelineRows {

    /** One row. {@code school} is null for a cohort's own row. */
    record Row(Plan.Cohort cohort, School school, boolean pinned, String label) {
        boolean isCohort() {
            return school == null;
        }
    }

    private TimelineRows() {
    }

    static List<Row> of(Plan plan, Set<Integer> expanded) {
        if (plan == null) {
            return List.of();
        }
        var rows = new ArrayList<Row>(plan.cohorts().size() + (expanded.isEmpty() ? 0 : plan.placements().size()));
        var pinned = new java.util.HashSet<String>();
        plan.placements().forEach(p -> {
            if (p.pinned()) {
                pinned.add(p.school().id());
            }
        });
        for (Plan.Cohort c : plan.cohorts()) {
            rows.add(new Row(c, null, false, cohortLabel(c)));
            if (expanded.contains(c.number())) {
                for (School s : c.schools()) {
                    rows.add(new Row(c, s, pinned.contains(s.id()), s.name()));
                }
            }
        }
        return rows;
    }

    /** "Cohort 2 · 2016-17 · 5 schools". */
    static String cohortLabel(Plan.Cohort c) {
        return "Cohort " + c.number() + " · " + c.schoolYear().label() + " · " + c.size() + (c.size() == 1 ? " school" : " schools");
    }

    /** First and last month the timeline shows: whole school years around every phase and target. */
    static YearMonth[] range(Plan plan, org.rolloutplanner.domain.rollout.Scenario scenario) {
        var cal = scenario.calendar();
        YearMonth first = cal.startOf(cal.firstYear());
        YearMonth last = first.plusMonths(11);
        for (Plan.Cohort c : plan.cohorts()) {
            if (c.start().isBefore(first)) {
                first = c.start();
            }
            for (Plan.PhaseSpan span : c.phases()) {
                YearMonth end = span.end() == null ? span.start().plusMonths(23) : span.end();
                if (end.isAfter(last)) {
                    last = end;
                }
            }
        }
        for (Plan.TargetResult t : plan.targets()) {
            if (t.deadline().isAfter(last)) {
                last = t.deadline();
            }
        }
        first = cal.startOf(cal.yearOf(first));
        last = cal.endOf(cal.yearOf(last)).plusMonths(12);
        return new YearMonth[] {first, last};
    }
}
