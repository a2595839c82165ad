package org.rolloutplanner.domain.rollout;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.rolloutplanner.domain.rollout.Plan.Cohort;
import org.rolloutplanner.domain.rollout.Plan.PhaseSpan;
import org.rolloutplanner.domain.rollout.Plan.Placement;
import org.rolloutplanner.domain.rollout.Plan.RuleOutcome;
import org.rolloutplanner.domain.rollout.Plan.TargetResult;
import org.rolloutplanner.domain.rollout.Plan.YearSummary;
import org.rolloutplanner.domain.rollout.RolloutRule.CohortsOverYears;
import org.rolloutplanner.domain.rollout.RolloutRule.FinishBy;
import org.rolloutplanner.domain.rollout.RolloutRule.FirstCohort;
import org.rolloutplanner.domain.rollout.RolloutRule.PercentOfSchools;
import org.rolloutplanner.domain.rollout.RolloutRule.PercentOfStudents;
import org.rolloutplanner.domain.rollout.RolloutRule.Remaining;
import org.rolloutplanner.domain.rollout.RolloutRule.SchoolsPerYear;
import org.rolloutplanner.domain.school.School;
import org.rolloutplanner.domain.school.SchoolLevel;

/**
 * Turns a roster and a scenario into a {@link Plan}. Pure and deterministic: no clock, no randomness, ties
 * broken by school id. Cost is one sort of the roster plus linear work (schools × phases, years × levels).
 */
public final class RolloutPlanner {

    private static final double EPS = 1e-9;
    private static final int LEVELS = SchoolLevel.values().length;

    private RolloutPlanner() {
    }

    public static Plan plan(List<School> roster, Scenario scenario) {
        return new Run(List.copyOf(roster), scenario).run();
    }

    /** One computation; holds the working state. */
    private static final class Run {
        private final List<School> roster;
        private final Scenario sc;
        private final RolloutCalendar cal;
        private final PhaseTemplate template;
        private final int n;
        private final Map<String, Integer> indexById = new HashMap<>();
        private final boolean[] excluded;
        private final int[] pin;
        private final int[] rank;
        private final List<Warning> warnings = new ArrayList<>();
        private final List<RuleOutcome> outcomes = new ArrayList<>();
        private final List<Draft> drafts = new ArrayList<>();
        private final TreeMap<Integer, List<Integer>> pendingPins = new TreeMap<>();
        private SchoolPool pool;
        private SchoolYear cursor;
        private int included;
        private long students;
        private double lowIncome;
        private long placedStudents;
        private int[] unplaced = new int[0];

        Run(List<School> roster, Scenario sc) {
            this.roster = roster;
            this.sc = sc;
            this.cal = sc.calendar();
            this.template = sc.phases();
            this.n = roster.size();
            this.excluded = new boolean[n];
            this.pin = new int[n];
            this.rank = new int[n];
            this.cursor = cal.firstYear();
        }

        Plan run() {
            prepare();
            for (RolloutRule rule : sc.rules()) {
                apply(rule);
            }
            finishPlacement();
            return build();
        }

        // ---- preparation -------------------------------------------------------------------------------

        private void prepare() {
            for (int i = 0; i < n; i++) {
                indexById.putIfAbsent(roster.get(i).id(), i);
            }
            for (String id : sc.exclusions()) {
                Integer i = indexById.get(id);
                if (i == null) {
                    warnings.add(new Warning("School " + id + " is excluded but is not in the roster.", null, null));
                } else {
                    excluded[i] = true;
                }
            }
            for (var e : sc.pins().entrySet()) {
                Integer i = indexById.get(e.getKey());
                if (i == null) {
                    warnings.add(new Warning("School " + e.getKey() + " is pinned to cohort " + e.getValue()
                            + " but is not in the roster; the pin is ignored.", null, e.getValue()));
                } else if (excluded[i]) {
                    warnings.add(new Warning("School " + e.getKey() + " is pinned to cohort " + e.getValue()
                            + " but is excluded; it stays out of the plan.", null, e.getValue()));
                } else {
                    pin[i] = e.getValue();
                }
            }
            Integer[] order = new Integer[n];
            int k = 0;
            for (int i = 0; i < n; i++) {
                if (!excluded[i]) {
                    order[k++] = i;
                    included++;
                    students += roster.get(i).enrollment();
                    lowIncome += roster.get(i).lowIncomeStudents();
                }
            }
            order = Arrays.copyOf(order, k);
            Arrays.sort(order, sc.order().comparator(roster));
            Arrays.fill(rank, Integer.MAX_VALUE);
            int unpinned = 0;
            for (int r = 0; r < order.length; r++) {
                rank[order[r]] = r;
                if (pin[order[r]] == 0) {
                    unpinned++;
                } else {
                    pendingPins.computeIfAbsent(pin[order[r]], c -> new ArrayList<>()).add(order[r]);
                }
            }
            int[] poolOrder = new int[unpinned];
            int p = 0;
            for (Integer i : order) {
                if (pin[i] == 0) {
                    poolOrder[p++] = i;
                }
            }
            SchoolYear[] gates = new SchoolYear[LEVELS];
            for (LevelGate g : sc.gates()) {
                int l = g.level().ordinal();
                if (gates[l] == null || gates[l].isBefore(g.notBefore())) {
                    gates[l] = g.notBefore();
                }
            }
            pool = new SchoolPool(roster, poolOrder, rank, gates);
        }

        // ---- rules -----------------------------------------------------------------------------------------

        private final class Draft {
            final int number;
            final SchoolYear year;
            final List<Integer> members = new ArrayList<>();

            Draft(SchoolYear year) {
                this.number = drafts.size() + 1;
                this.year = year;
                List<Integer> pinned = pendingPins.remove(number);
                if (pinned != null) {
                    pinned.forEach(this::add);
                }
            }

            void add(int school) {
                members.add(school);
                placedStudents += roster.get(school).enrollment();
            }

            int size() {
                return members.size();
            }

            /** Fills the cohort up to {@code size} with the next schools allowed to start in its year. */
            void fillTo(long size) {
                int s;
                while (members.size() < size && (s = pool.poll(year)) >= 0) {
                    add(s);
                }
            }
        }

        /** The year the next cohort can start in, from {@code from} on; null when nothing is left to place. */
        private SchoolYear nextYear(SchoolYear from) {
            if (pendingPins.containsKey(drafts.size() + 1)) {
                return from;
            }
            return pool.nextOpenYear(from);
        }

        private boolean commit(Draft d, List<Integer> made, List<Integer> sizes) {
            if (d.size() == 0) {
                return false;
            }
            drafts.add(d);
            made.add(d.number);
            sizes.add(d.size());
            return true;
        }

        private void apply(RolloutRule rule) {
            List<Integer> made = new ArrayList<>();
            List<Integer> sizes = new ArrayList<>();
            SchoolYear firstYear = cursor;
            String calc = switch (rule) {
                case FirstCohort f -> firstCohort(f, made, sizes);
                case SchoolsPerYear s -> {
                    pace(made, sizes, (d, y) -> {
                        int r = pool.remaining();
                        int k = Math.max(1, ceilDiv(r, s.max()));
                        d.fillTo(Math.min(s.max(), Math.max(s.min(), ceilDiv(r, k))));
                    });
                    yield sizesPhrase(sizes);
                }
                case PercentOfSchools p -> {
                    double raw = p.percent() * included / 100.0;
                    long size = sc.rounding().apply(raw);
                    String c = fmt(p.percent()) + "% of " + included + " schools = " + fmt(raw)
                            + (raw == Math.rint(raw) ? "" : ", " + sc.rounding().toPhrase() + " " + size)
                            + " school" + (size == 1 ? "" : "s") + " a year";
                    if (size < 1) {
                        size = 1;
                        c += "; at least 1 school a year is placed";
                    }
                    long perYear = size;
                    pace(made, sizes, (d, y) -> d.fillTo(perYear));
                    yield c + ": " + sizesPhrase(sizes);
                }
                case PercentOfStudents p -> {
                    long base = placedStudents;
                    SchoolYear start = nextYear(cursor) == null ? cursor : nextYear(cursor);
                    pace(made, sizes, (d, y) -> {
                        int years = start.yearsUntil(y) + 1;
                        double goal = Math.min(students, base + years * p.points() * students / 100.0);
                        fillToStudents(d, goal);
                    });
                    yield fmt(p.points()) + " points of " + String.format(java.util.Locale.ROOT, "%,d", students) + " students = "
                            + String.format(java.util.Locale.ROOT, "%,d", Math.round(p.points() * students / 100.0)) + " students a year: "
                            + sizesPhrase(sizes);
                }
                case CohortsOverYears c -> cohortsOverYears(c, made, sizes);
                case Remaining r -> {
                    pace(made, sizes, (d, y) -> d.fillTo(Integer.MAX_VALUE));
                    yield sizesPhrase(sizes);
                }
                case FinishBy f -> {
                    pace(made, sizes, (d, y) -> {
                        int yearsLeft = y.yearsUntil(f.year()) + 1;
                        d.fillTo(yearsLeft < 1 ? Integer.MAX_VALUE : ceilDiv(pool.remaining() + d.size(), yearsLeft));
                    });
                    if (!made.isEmpty()) {
                        SchoolYear last = drafts.get(made.getLast() - 1).year;
                        if (f.year().isBefore(last)) {
                            warnings.add(new Warning("Not every school can start by " + f.year().label() + ": the last school starts in "
                                    + last.label() + ".", last, made.getLast()));
                        }
                    }
                    yield (sizes.stream().mapToInt(Integer::intValue).sum()) + " schools over " + Math.max(1,
                            firstYear.yearsUntil(f.year()) + 1) + " school years: " + sizesPhrase(sizes);
                }
            };
            outcomes.add(new RuleOutcome(rule, rule.describe(sc.rounding()), calc, made));
        }

        private interface Filler {
            void fill(Draft d, SchoolYear year);
        }

        /** One cohort a year, until every school is placed. */
        private void pace(List<Integer> made, List<Integer> sizes, Filler filler) {
            while (pool.remaining() > 0 || pendingPins.containsKey(drafts.size() + 1)) {
                SchoolYear y = nextYear(cursor);
                if (y == null) {
                    return;
                }
                Draft d = new Draft(y);
                filler.fill(d, y);
                commit(d, made, sizes);
                cursor = y.plus(1);
            }
        }

        private void fillToStudents(Draft d, double goal) {
            while (true) {
                int s = pool.peek(d.year);
                if (s < 0) {
                    return;
                }
                double covered = placedStudents;
                if (covered >= goal - EPS && d.size() > 0) {
                    return;
                }
                int e = roster.get(s).enrollment();
                if (covered + e <= goal + EPS) {
                    pool.take(s);
                    d.add(s);
                    continue;
                }
                boolean add = switch (sc.rounding()) {
                    case UP -> true;
                    case DOWN -> d.size() == 0;
                    case NEAREST -> d.size() == 0 || covered + e - goal < goal - covered;
                };
                if (add) {
                    pool.take(s);
                    d.add(s);
                }
                return;
            }
        }

        private String firstCohort(FirstCohort f, List<Integer> made, List<Integer> sizes) {
            SchoolYear y = f.schoolIds().isEmpty() ? nextYear(cursor) : cursor;
            if (y == null) {
                return "no school left to place";
            }
            Draft d = new Draft(y);
            if (f.schoolIds().isEmpty()) {
                d.fillTo(f.count());
            } else {
                for (String id : f.schoolIds()) {
                    Integer i = indexById.get(id);
                    if (i == null) {
                        warnings.add(new Warning("School " + id + " of the first cohort is not in the roster.", y, d.number));
                    } else if (excluded[i]) {
                        warnings.add(new Warning("School " + id + " of the first cohort is excluded; it stays out of the plan.", y,
                                d.number));
                    } else if (pin[i] != 0 && pin[i] != d.number) {
                        warnings.add(new Warning("School " + id + " of the first cohort is pinned to cohort " + pin[i]
                                + "; the pin wins.", y, d.number));
                    } else if (pool.take(i)) {
                        d.add(i);
                    }
                }
            }
            if (commit(d, made, sizes)) {
                cursor = y.plus(1);
                if (d.size() < f.count()) {
                    warnings.add(new Warning("The first cohort has " + d.size() + " schools, not " + f.count()
                            + ": no more schools could start in " + y.label() + ".", y, d.number));
                }
            }
            return d.size() + " school" + (d.size() == 1 ? "" : "s") + " in " + y.label();
        }

        private String cohortsOverYears(CohortsOverYears c, List<Integer> made, List<Integer> sizes) {
            SchoolYear y0 = nextYear(cursor);
            if (y0 == null) {
                return "no school left to place";
            }
            List<String> years = new ArrayList<>();
            SchoolYear last = y0;
            for (int i = 0; i < c.cohorts(); i++) {
                if (pool.remaining() == 0 && !pendingPins.containsKey(drafts.size() + 1)) {
                    break;
                }
                SchoolYear y = y0.plus((int) ((long) i * c.years() / c.cohorts()));
                last = y;
                Draft d = new Draft(y);
                d.fillTo(i == c.cohorts() - 1 ? Integer.MAX_VALUE : d.size() + ceilDiv(pool.remaining(), c.cohorts() - i));
                if (commit(d, made, sizes)) {
                    years.add(y.label());
                }
            }
            cursor = last.plus(1);
            return "cohorts start in " + String.join(", ", years) + ": " + sizesPhrase(sizes);
        }

        private void finishPlacement() {
            if (pool.remaining() > 0) {
                int[] left = pool.drain();
                unplaced = left;
                List<String> ids = new ArrayList<>();
                for (int i = 0; i < Math.min(5, left.length); i++) {
                    ids.add(roster.get(left[i]).id());
                }
                warnings.add(new Warning(left.length + (left.length == 1 ? " school is" : " schools are")
                        + " not placed by any rule (" + String.join(", ", ids) + (left.length > 5 ? ", …" : "")
                        + "). Add a rule such as \"all remaining schools\".", null, null));
            }
            if (pendingPins.isEmpty()) {
                return;
            }
            var pending = new TreeMap<>(pendingPins);
            pendingPins.clear();
            if (drafts.isEmpty()) {
                drafts.add(new Draft(cursor));
            }
            Draft lastDraft = drafts.getLast();
            for (var e : pending.entrySet()) {
                for (int i : e.getValue()) {
                    lastDraft.add(i);
                    warnings.add(new Warning("School " + roster.get(i).id() + " is pinned to cohort " + e.getKey()
                            + ", but the plan has " + drafts.size() + (drafts.size() == 1 ? " cohort" : " cohorts")
                            + "; it is placed in cohort " + lastDraft.number + ".", lastDraft.year, lastDraft.number));
                }
            }
        }

        // ---- building the plan -----------------------------------------------------------------------------

        private Plan build() {
            Map<Integer, CohortOverride> overrides = new HashMap<>();
            for (CohortOverride o : sc.overrides()) {
                if (o.cohort() > drafts.size()) {
                    warnings.add(new Warning("There is no cohort " + o.cohort() + "; its changes are ignored.", null, o.cohort()));
                }
                overrides.put(o.cohort(), o);
            }
            YearMonth[] componentsUntil = new YearMonth[n];
            for (PartialAdoption p : sc.partial()) {
                for (String id : p.schoolIds().stream().sorted().toList()) {
                    Integer i = indexById.get(id);
                    if (i == null) {
                        warnings.add(new Warning("School " + id + " takes only components but is not in the roster.", null, null));
                    } else if (componentsUntil[i] == null || componentsUntil[i].isBefore(p.until())) {
                        componentsUntil[i] = p.until();
                    }
                }
            }
            List<Cohort> cohorts = new ArrayList<>(drafts.size());
            List<Placement> placements = new ArrayList<>(included);
            for (Draft d : drafts) {
                d.members.sort((a, b) -> Integer.compare(rank[a], rank[b]));
                CohortOverride o = overrides.get(d.number);
                YearMonth start = o != null && o.start() != null ? o.start() : cal.startOf(d.year);
                List<PhaseSpan> spans = new ArrayList<>(template.size());
                YearMonth at = start;
                for (Phase ph : template.phases()) {
                    Integer months = ph.months();
                    if (o != null) {
                        for (var m : o.months().entrySet()) {
                            if (m.getKey().equalsIgnoreCase(ph.name())) {
                                months = m.getValue();
                            }
                        }
                    }
                    if (at == null) {
                        spans.add(new PhaseSpan(ph.name(), ph.colour(), null, null));
                        continue;
                    }
                    YearMonth end = months == null ? null : at.plusMonths(months - 1);
                    spans.add(new PhaseSpan(ph.name(), ph.colour(), at, end));
                    at = end == null ? null : end.plusMonths(1);
                }
                List<School> schools = new ArrayList<>(d.size());
                long stud = 0;
                for (int i : d.members) {
                    School s = roster.get(i);
                    schools.add(s);
                    stud += s.enrollment();
                    placements.add(new Placement(s, d.number, pin[i] == d.number, componentsUntil[i]));
                }
                cohorts.add(new Cohort(d.number, start, cal.yearOf(start), schools, spans, stud));
            }
            List<School> excludedSchools = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (excluded[i]) {
                    excludedSchools.add(roster.get(i));
                }
            }
            List<School> unplacedSchools = Arrays.stream(unplaced).mapToObj(roster::get).toList();

            Cohort lastCohort = null;
            for (Cohort c : cohorts) {
                if (lastCohort == null || !c.start().isBefore(lastCohort.start())) {
                    lastCohort = c;
                }
            }
            PlanTotals totals = new PlanTotals(included, students, lowIncome);
            PlanFigures figures = new PlanFigures(sc, roster, excluded, totals, cohorts, placements, warnings);
            List<YearSummary> years = figures.years();
            PlanChecks checks = new PlanChecks(sc, totals, warnings);
            checks.checks(cohorts, figures);
            List<TargetResult> targets = new ArrayList<>();
            for (Check c : sc.checks()) {
                if (c instanceof Check.Target t) {
                    targets.add(checks.target(t, cohorts));
                }
            }
            return new Plan(cohorts, placements, excludedSchools, unplacedSchools, years, warnings, outcomes, targets,
                    lastCohort == null ? null : lastCohort.schoolYear(), lastCohort == null ? 0 : lastCohort.number(),
                    lastCohort == null ? null : lastCohort.end(), included, students, figures.costItems());
        }
    }

    // ---- small helpers -------------------------------------------------------------------------------------

    static int ceilDiv(int a, int b) {
        return b <= 0 ? a : Math.ceilDiv(a, b);
    }

    static String fmt(double d) {
        return RolloutRule.fmt(d);
    }

    /** One decimal, without a trailing ".0". */
    static String fmt1(double d) {
        return fmt(Math.round(d * 10) / 10.0);
    }

    static String money(long amount) {
        return String.format(java.util.Locale.ROOT, "$%,d", amount);
    }

    /** "5 cohorts of 8", "8 cohorts of 5, then 1 of 4". */
    static String sizesPhrase(List<Integer> sizes) {
        if (sizes.isEmpty()) {
            return "no cohort";
        }
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < sizes.size()) {
            int j = i;
            while (j < sizes.size() && sizes.get(j).equals(sizes.get(i))) {
                j++;
            }
            int count = j - i;
            parts.add(parts.isEmpty()
                    ? count + (count == 1 ? " cohort of " : " cohorts of ") + sizes.get(i)
                    : count + " of " + sizes.get(i));
            i = j;
        }
        return String.join(", then ", parts);
    }
}
