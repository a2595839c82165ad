package org.rolloutplanner.io.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rolloutplanner.domain.rollout.PhaseCost;
import org.rolloutplanner.domain.rollout.Plan;
import org.rolloutplanner.domain.rollout.RolloutCalendar;
import org.rolloutplanner.domain.rollout.Scenario;
import org.rolloutplanner.domain.rollout.SchoolYear;

/**
 * The plan's costs split per item (each phase's grant per school, and its cost per student per year) and per school
 * year, by the same rules as the plan's yearly totals (see {@link PhaseCost}): a grant is paid in the school year
 * the phase starts; a per-student cost in each school year the phase covers.
 */
final class BudgetLines {

    /** One budget item and its amount in each school year of the plan. */
    record Line(String item, long[] perYear) {
    }

    private BudgetLines() {
    }

    static List<Line> of(Scenario sc, Plan plan) {
        List<Line> lines = new ArrayList<>();
        if (plan.years().isEmpty()) {
            return lines;
        }
        RolloutCalendar cal = sc.calendar();
        SchoolYear first = plan.years().getFirst().schoolYear();
        int n = plan.years().size();
        for (PhaseCost pc : sc.costs()) {
            int p = sc.phases().indexOf(pc.phase());
            if (p < 0) {
                continue;
            }
            String phase = sc.phases().phases().get(p).name();
            long[] grants = new long[n];
            long[] perStudent = new long[n];
            for (Plan.Cohort c : plan.cohorts()) {
                Plan.PhaseSpan s = c.phases().get(p);
                if (s.start() == null) {
                    continue;
                }
                int from = first.yearsUntil(cal.yearOf(s.start()));
                int to = s.end() == null ? n - 1 : first.yearsUntil(cal.yearOf(s.end()));
                grants[from] += pc.perSchool() * c.size();
                for (int y = from; y <= to; y++) {
                    perStudent[y] += pc.perStudentPerYear() * c.students();
                }
            }
            if (pc.perSchool() > 0) {
                lines.add(new Line(phase + ": " + dollars(pc.perSchool()) + " per school when it starts", grants));
            }
            if (pc.perStudentPerYear() > 0) {
                lines.add(new Line(phase + ": " + dollars(pc.perStudentPerYear()) + " per student per year", perStudent));
            }
        }
        return lines;
    }

    static String dollars(long amount) {
        return "$" + String.format(Locale.US, "%,d", amount);
    }
}
