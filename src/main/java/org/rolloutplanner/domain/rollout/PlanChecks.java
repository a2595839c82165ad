package org.rolloutplanner.domain.rollout;

import static org.rolloutplanner.domain.rollout.RolloutPlanner.fmt;
import static org.rolloutplanner.domain.rollout.RolloutPlanner.fmt1;
import static org.rolloutplanner.domain.rollout.RolloutPlanner.money;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.rolloutplanner.domain.rollout.Check.Measure;
import org.rolloutplanner.domain.rollout.Check.Milestone;
import org.rolloutplanner.domain.rollout.Plan.Cohort;
import org.rolloutplanner.domain.rollout.Plan.PhaseSpan;
import org.rolloutplanner.domain.rollout.Plan.TargetResult;
import org.rolloutplanner.domain.school.School;

/** The checks of a scenario against a plan (capacities, budget, targets), as plain-English warnings. */
final class PlanChecks {

    private static final double EPS = 1e-9;

    private final Scenario sc;
    private final RolloutCalendar cal;
    private final PhaseTemplate template;
    private final int included;
    private final long students;
    private final double lowIncome;
    private final List<Warning> warnings;

    PlanChecks(Scenario sc, PlanTotals totals, List<Warning> warnings) {
        this.sc = sc;
        this.cal = sc.calendar();
        this.template = sc.phases();
        this.included = totals.schools();
        this.students = totals.students();
        this.lowIncome = totals.lowIncome();
        this.warnings = warnings;
    }

    void checks(List<Cohort> cohorts, PlanFigures stats) {
        for (Check c : sc.checks()) {
            switch (c) {
                case Check.PhaseCapacity pc -> capacity(pc, cohorts, stats);
                case Check.Budget b -> {
                    for (int y = 0; y < stats.nYears; y++) {
                        if (stats.cost[y] > b.perSchoolYear()) {
                            SchoolYear sy = stats.first.plus(y);
                            warnings.add(new Warning("In " + sy.label() + ", the plan costs " + money(stats.cost[y])
                                    + "; the budget is " + money(b.perSchoolYear()) + " a year ("
                                    + money(stats.cost[y] - b.perSchoolYear()) + " over).", sy, null));
                        }
                    }
                }
                case Check.Target t -> {
                    // evaluated in build(), after the warnings of the other checks of the same list position
                }
            }
        }
    }

    private void capacity(Check.PhaseCapacity pc, List<Cohort> cohorts, PlanFigures stats) {
        int p = template.indexOf(pc.phase());
        if (p < 0) {
            warnings.add(new Warning("There is no phase called " + pc.phase() + "; the " + pc.what()
                    + " check is skipped.", null, null));
            return;
        }
        YearMonth m0 = cal.startOf(stats.first);
        int months = stats.nYears * 12;
        int[] diff = new int[months + 1];
        for (Cohort c : cohorts) {
            PhaseSpan s = c.phases().get(p);
            if (s.start() == null) {
                continue;
            }
            int from = (int) ChronoUnit.MONTHS.between(m0, s.start());
            int to = s.end() == null ? months - 1 : (int) ChronoUnit.MONTHS.between(m0, s.end());
            diff[Math.max(0, from)] += c.size();
            diff[Math.min(months, to + 1)] -= c.size();
        }
        int running = 0;
        for (int y = 0; y < stats.nYears; y++) {
            int peak = -1;
            int peakMonth = 0;
            for (int m = y * 12; m < y * 12 + 12; m++) {
                running += diff[m];
                if (running > peak) {
                    peak = running;
                    peakMonth = m;
                }
            }
            if (peak > pc.capacity()) {
                YearMonth at = m0.plusMonths(peakMonth);
                Integer cohort = null;
                for (Cohort c : cohorts) {
                    if (c.phases().get(p).start() != null && c.phases().get(p).covers(at)) {
                        if (cohort == null || !c.start().isBefore(cohorts.get(cohort - 1).start())) {
                            cohort = c.number();
                        }
                    }
                }
                SchoolYear sy = stats.first.plus(y);
                warnings.add(new Warning("In " + sy.label() + ", " + peak + " schools are in " + template.phases().get(p).name()
                        + " at once; " + pc.what() + " is " + pc.capacity() + ".", sy, cohort));
            }
        }
    }

    TargetResult target(Check.Target t, List<Cohort> cohorts) {
        YearMonth deadline = t.by().lastMonth(cal);
        double total = switch (t.measure()) {
            case SCHOOLS -> included;
            case STUDENTS -> students;
            case LOW_INCOME_STUDENTS -> lowIncome;
        };
        int launch = template.launchPhase();
        List<Cohort> reaching = new ArrayList<>();
        List<YearMonth> when = new ArrayList<>();
        for (Cohort c : cohorts) {
            YearMonth m = switch (t.milestone()) {
                case STARTED -> c.start();
                case LAUNCHED -> c.phases().get(launch).start();
                case COMPLETED -> c.end();
            };
            if (m != null) {
                reaching.add(c);
                when.add(m);
            }
        }
        Integer[] idx = new Integer[reaching.size()];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, (a, b) -> when.get(a).compareTo(when.get(b)));
        double needed = t.percent() / 100.0 * total;
        double atDeadline = 0;
        int schoolsAtDeadline = 0;
        double acc = 0;
        YearMonth reached = null;
        for (Integer i : idx) {
            Cohort c = reaching.get(i);
            double w = weight(t.measure(), c);
            if (!when.get(i).isAfter(deadline)) {
                atDeadline += w;
                schoolsAtDeadline += c.size();
            }
            acc += w;
            if (reached == null && acc >= needed - EPS) {
                reached = when.get(i);
            }
        }
        double achieved = PlanFigures.pct(atDeadline, total);
        boolean met = total <= 0 || achieved >= t.percent() - EPS; // a share of nothing is met
        Integer late = reached == null ? null : (int) Math.max(0, ChronoUnit.MONTHS.between(deadline, reached));
        int schoolsShort = t.measure() == Measure.SCHOOLS
                ? (int) Math.max(0, Math.ceil(needed - EPS) - schoolsAtDeadline) : 0;
        if (!met) {
            StringBuilder m = new StringBuilder("Target missed: ").append(fmt(t.percent())).append("% of ")
                    .append(t.measure().label()).append(' ').append(milestoneLabel(t.milestone())).append(" by ")
                    .append(t.by().label()).append(". By then ");
            if (t.measure() == Measure.SCHOOLS) {
                m.append(schoolsAtDeadline).append(" of ").append(included).append(" schools (").append(fmt1(achieved))
                        .append("%) ").append(milestoneVerb(t.milestone(), schoolsAtDeadline == 1)).append(": ")
                        .append(schoolsShort).append(schoolsShort == 1 ? " school" : " schools").append(" short");
            } else {
                m.append(fmt1(achieved)).append("% of ").append(t.measure().label()).append(' ')
                        .append(milestoneVerb(t.milestone(), false)).append(": ").append(fmt1(t.percent() - achieved))
                        .append(" percentage points short");
            }
            if (reached != null) {
                m.append(". The target is reached in ").append(RolloutCalendar.monthLabel(reached)).append(", ").append(late)
                        .append(late == 1 ? " month" : " months").append(" late.");
            } else {
                m.append(". The plan never reaches it").append(t.milestone() == Milestone.COMPLETED
                        && template.phases().getLast().isOpenEnded() ? " (the last phase is open-ended)." : ".");
            }
            SchoolYear sy = switch (t.by()) {
                case Deadline.InSchoolYear y -> y.year();
                case Deadline.StartOf s -> s.year();
                case Deadline.EndOfCalendarYear e -> cal.yearOf(deadline);
            };
            warnings.add(new Warning(m.toString(), sy, null));
        }
        return new TargetResult(t, deadline, met, achieved, reached, met ? Integer.valueOf(0) : late, schoolsShort);
    }

    /** "started", "launched", "through Implementation". */
    private String milestoneLabel(Milestone m) {
        return switch (m) {
            case STARTED -> "started";
            case LAUNCHED -> "launched";
            case COMPLETED -> "through " + template.phases().getLast().name();
        };
    }

    /** "have started", "are through Implementation". */
    private String milestoneVerb(Milestone m, boolean one) {
        return switch (m) {
            case STARTED, LAUNCHED -> (one ? "has " : "have ") + milestoneLabel(m);
            case COMPLETED -> (one ? "is " : "are ") + milestoneLabel(m);
        };
    }

    private static double weight(Measure m, Cohort c) {
        return switch (m) {
            case SCHOOLS -> c.size();
            case STUDENTS -> c.students();
            case LOW_INCOME_STUDENTS -> c.schools().stream().mapToDouble(School::lowIncomeStudents).sum();
        };
    }
}
