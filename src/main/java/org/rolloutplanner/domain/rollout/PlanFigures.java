package org.rolloutplanner.domain.rollout;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.rolloutplanner.domain.rollout.Plan.Cohort;
import org.rolloutplanner.domain.rollout.Plan.Coverage;
import org.rolloutplanner.domain.rollout.Plan.LevelCoverage;
import org.rolloutplanner.domain.rollout.Plan.PhaseEntry;
import org.rolloutplanner.domain.rollout.Plan.PhaseSpan;
import org.rolloutplanner.domain.rollout.Plan.Placement;
import org.rolloutplanner.domain.rollout.Plan.YearSummary;
import org.rolloutplanner.domain.school.School;
import org.rolloutplanner.domain.school.SchoolLevel;

/**
 * Per-year figures and costs of a plan, aggregated per cohort so the work is cohorts × phases + years × levels. The
 * years run from the first school year to the last one with a phase start or a phase end.
 */
final class PlanFigures {

    private static final int LEVELS = SchoolLevel.values().length;

    final SchoolYear first;
    final int nYears;
    final long[] cost;
    /** Cost item name → its phases and money per year (index as {@link #cost}), in order of first appearance. */
    private final Map<String, ItemSums> items = new java.util.LinkedHashMap<>();
    final List<Cohort> cohorts;
    final List<Placement> placements;
    private final Scenario sc;
    private final RolloutCalendar cal;
    private final PhaseTemplate template;
    private final List<School> roster;
    private final int n;
    private final boolean[] excluded;
    private final int included;
    private final long students;
    private final double lowIncome;
    private final List<Warning> warnings;

    PlanFigures(Scenario sc, List<School> roster, boolean[] excluded, PlanTotals totals, List<Cohort> cohorts,
            List<Placement> placements, List<Warning> warnings) {
        this.sc = sc;
        this.cal = sc.calendar();
        this.template = sc.phases();
        this.roster = roster;
        this.n = roster.size();
        this.excluded = excluded;
        this.included = totals.schools();
        this.students = totals.students();
        this.lowIncome = totals.lowIncome();
        this.warnings = warnings;
        this.cohorts = cohorts;
        this.placements = placements;
        SchoolYear min = cal.firstYear();
        SchoolYear max = cal.firstYear();
        for (Cohort c : cohorts) {
            for (PhaseSpan s : c.phases()) {
                if (s.start() != null) {
                    SchoolYear y = cal.yearOf(s.start());
                    min = y.isBefore(min) ? y : min;
                    max = max.isBefore(y) ? y : max;
                }
                if (s.end() != null) {
                    SchoolYear y = cal.yearOf(s.end());
                    max = max.isBefore(y) ? y : max;
                }
            }
        }
        first = min;
        nYears = min.yearsUntil(max) + 1;
        cost = new long[nYears];
        costs();
    }

    int yearIndex(YearMonth m) {
        return first.yearsUntil(cal.yearOf(m));
    }

    private record ItemSums(List<String> phases, long[] perYear) {
    }

    private void costs() {
        for (PhaseCost pc : sc.costs()) {
            int p = template.indexOf(pc.phase());
            if (p < 0) {
                warnings.add(new Warning("There is no phase called " + pc.phase() + "; the cost item " + pc.item()
                        + " is left out.", null, null));
                continue;
            }
            ItemSums item = items.computeIfAbsent(pc.item(), k -> new ItemSums(new ArrayList<>(), new long[nYears]));
            if (!item.phases().contains(pc.phase())) {
                item.phases().add(pc.phase());
            }
            for (Cohort c : cohorts) {
                PhaseSpan s = c.phases().get(p);
                if (s.start() == null) {
                    continue;
                }
                int from = yearIndex(s.start());
                int to = s.end() == null ? nYears - 1 : yearIndex(s.end());
                long grant = pc.perSchool() * c.size();
                cost[from] += grant;
                item.perYear()[from] += grant;
                long perYear = pc.perStudentPerYear() * c.students();
                for (int y = from; y <= to; y++) {
                    cost[y] += perYear;
                    item.perYear()[y] += perYear;
                }
            }
        }
    }

    /** The cost items with their money per school year (every year of the plan, zeros included). */
    List<Plan.CostItem> costItems() {
        List<Plan.CostItem> out = new ArrayList<>(items.size());
        items.forEach((name, sums) -> {
            List<Plan.SchoolYearAmount> amounts = new ArrayList<>(nYears);
            for (int y = 0; y < nYears; y++) {
                amounts.add(new Plan.SchoolYearAmount(first.plus(y), sums.perYear()[y]));
            }
            out.add(new Plan.CostItem(name, sums.phases(), amounts));
        });
        return out;
    }

    List<YearSummary> years() {
        int phases = template.size();
        int launch = template.launchPhase();
        int[][] enterSchools = new int[nYears][phases];
        long[][] enterStudents = new long[nYears][phases];
        int[][] startedL = new int[nYears][LEVELS];
        long[][] startedStudL = new long[nYears][LEVELS];
        double[][] startedLowL = new double[nYears][LEVELS];
        int[][] launchedL = new int[nYears][LEVELS];
        long[][] launchedStudL = new long[nYears][LEVELS];
        double[][] launchedLowL = new double[nYears][LEVELS];
        int[] totalL = new int[LEVELS];
        long[] totalStudL = new long[LEVELS];
        double[] totalLowL = new double[LEVELS];
        for (int i = 0; i < n; i++) {
            if (!excluded[i]) {
                School s = roster.get(i);
                int l = s.level().ordinal();
                totalL[l]++;
                totalStudL[l] += s.enrollment();
                totalLowL[l] += s.lowIncomeStudents();
            }
        }
        int[] cl = new int[LEVELS];
        long[] cs = new long[LEVELS];
        double[] clow = new double[LEVELS];
        for (Cohort c : cohorts) {
            Arrays.fill(cl, 0);
            Arrays.fill(cs, 0);
            Arrays.fill(clow, 0);
            for (School s : c.schools()) {
                int l = s.level().ordinal();
                cl[l]++;
                cs[l] += s.enrollment();
                clow[l] += s.lowIncomeStudents();
            }
            for (int p = 0; p < phases; p++) {
                PhaseSpan s = c.phases().get(p);
                if (s.start() != null) {
                    int y = yearIndex(s.start());
                    enterSchools[y][p] += c.size();
                    enterStudents[y][p] += c.students();
                }
            }
            int ys = yearIndex(c.start());
            PhaseSpan ls = c.phases().get(launch);
            int yl = ls.start() == null ? -1 : yearIndex(ls.start());
            for (int l = 0; l < LEVELS; l++) {
                startedL[ys][l] += cl[l];
                startedStudL[ys][l] += cs[l];
                startedLowL[ys][l] += clow[l];
                if (yl >= 0) {
                    launchedL[yl][l] += cl[l];
                    launchedStudL[yl][l] += cs[l];
                    launchedLowL[yl][l] += clow[l];
                }
            }
        }
        List<YearSummary> out = new ArrayList<>(nYears);
        List<Placement> partial = placements.stream().filter(p -> p.componentsOnlyUntil() != null).toList();
        int[] cumL = new int[LEVELS];
        long[] cumStudL = new long[LEVELS];
        double[] cumLowL = new double[LEVELS];
        int[] cumLaunchL = new int[LEVELS];
        long[] cumLaunchStudL = new long[LEVELS];
        double[] cumLaunchLowL = new double[LEVELS];
        for (int y = 0; y < nYears; y++) {
            SchoolYear sy = first.plus(y);
            int started = 0;
            long startedStud = 0;
            Map<SchoolLevel, LevelCoverage> byLevel = new EnumMap<>(SchoolLevel.class);
            int cum = 0;
            long cumStud = 0;
            double cumLow = 0;
            int cumLaunch = 0;
            long cumLaunchStud = 0;
            double cumLaunchLow = 0;
            for (int l = 0; l < LEVELS; l++) {
                started += startedL[y][l];
                startedStud += startedStudL[y][l];
                cumL[l] += startedL[y][l];
                cumStudL[l] += startedStudL[y][l];
                cumLowL[l] += startedLowL[y][l];
                cumLaunchL[l] += launchedL[y][l];
                cumLaunchStudL[l] += launchedStudL[y][l];
                cumLaunchLowL[l] += launchedLowL[y][l];
                cum += cumL[l];
                cumStud += cumStudL[l];
                cumLow += cumLowL[l];
                cumLaunch += cumLaunchL[l];
                cumLaunchStud += cumLaunchStudL[l];
                cumLaunchLow += cumLaunchLowL[l];
                if (totalL[l] > 0) {
                    byLevel.put(SchoolLevel.values()[l], new LevelCoverage(
                            coverage(cumL[l], totalL[l], cumStudL[l], totalStudL[l], cumLowL[l], totalLowL[l]),
                            coverage(cumLaunchL[l], totalL[l], cumLaunchStudL[l], totalStudL[l], cumLaunchLowL[l],
                                    totalLowL[l])));
                }
            }
            List<PhaseEntry> entering = new ArrayList<>(phases);
            for (int p = 0; p < phases; p++) {
                entering.add(new PhaseEntry(template.phases().get(p).name(), enterSchools[y][p], enterStudents[y][p]));
            }
            YearMonth endOfYear = cal.endOf(sy);
            int componentsOnly = 0;
            for (Placement pl : partial) {
                if (pl.componentsOnlyUntil().isAfter(endOfYear) && !cohorts.get(pl.cohort() - 1).start().isAfter(endOfYear)) {
                    componentsOnly++;
                }
            }
            out.add(new YearSummary(sy, started, startedStud,
                    coverage(cum, included, cumStud, students, cumLow, lowIncome),
                    coverage(cumLaunch, included, cumLaunchStud, students, cumLaunchLow, lowIncome),
                    entering, byLevel, componentsOnly, cost[y]));
        }
        return out;
    }

    private static Coverage coverage(int schools, int totalSchools, long stud, long totalStud, double low, double totalLow) {
        return new Coverage(schools, pct(schools, totalSchools), stud, pct(stud, totalStud), pct(low, totalLow));
    }

    static double pct(double part, double whole) {
        return whole <= 0 ? 0 : 100.0 * part / whole;
    }
}
