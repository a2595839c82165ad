package org.rolloutplanner.domain.selection;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The best cohort: the set of exactly {@code seats} eligible applicants with the largest sum of aggregated scores that
 * keeps every composition rule. Solved exactly as a 0/1 integer programme with OR-Tools CP-SAT (ADR 0009): one 0/1
 * variable per applicant, Σx = seats, a linear constraint per rule (a minimum average is Σ v·x ≥ V·seats), objective
 * Σ score·x. Scores are scaled to integers by 10⁶ and averaged fields by 10⁴ (exact for values with up to 4 decimals).
 * When no cohort keeps the rules, a minimal set of conflicting rules is found by dropping rules one at a time.
 */
public final class CohortBuilder {

    /** An applicant as the builder sees it: its aggregate, eligibility and rank. */
    public record Candidate(Applicant applicant, double score, boolean eligible, String reason, Integer rank) {
        public static List<Candidate> from(List<Ranking.Ranked> ranking) {
            return ranking.stream().map(r -> new Candidate(r.applicant(), r.score(), r.eligible(), r.reason(), r.rank())).toList();
        }
    }

    /**
     * The cohort, or why there is none.
     *
     * @param feasible    false when no cohort keeps the rules
     * @param optimal     true when the solver proved no better cohort exists
     * @param selected    the chosen applicants' ids, best rank first
     * @param objective   the sum of the selected aggregates
     * @param conflicting rules that cannot all hold together (when not feasible)
     * @param message     a plain-English summary
     * @param reasons     a one-line reason per applicant id why it is in or out
     */
    public record Result(boolean feasible, boolean optimal, List<String> selected, double objective,
            List<String> conflicting, String message, Map<String, String> reasons) {
    }

    private static final double SCORE_SCALE = 1e6;
    private static final double VALUE_SCALE = 1e4;
    private static boolean loaded;

    private CohortBuilder() {
    }

    private static synchronized void load() {
        if (!loaded) {
            Loader.loadNativeLibraries();
            loaded = true;
        }
    }

    public static Result build(List<Candidate> candidates, int seats, List<CohortRule> rules) {
        if (seats < 1) {
            throw new IllegalArgumentException("A cohort needs at least one seat.");
        }
        load();
        List<Candidate> pool = new ArrayList<>();
        Map<String, String> outReasons = new LinkedHashMap<>();
        Set<String> excluded = new LinkedHashSet<>();
        rules.forEach(r -> {
            if (r instanceof CohortRule.Exclude e) {
                excluded.add(e.applicant());
            }
        });
        for (Candidate c : candidates) {
            if (!c.eligible()) {
                outReasons.put(c.applicant().id(), "Out: not eligible. " + c.reason());
                continue;
            }
            if (excluded.contains(c.applicant().id())) {
                outReasons.put(c.applicant().id(), "Out: the committee left it out (must exclude).");
                continue;
            }
            String missing = "";
            for (CohortRule r : rules) {
                if (r instanceof CohortRule.MinAverage m && c.applicant().number(m.field()).isEmpty()) {
                    missing = "Out: its " + m.field() + " is unknown, and the rule \"" + m.describe() + "\" needs it.";
                }
            }
            if (!missing.isEmpty()) {
                outReasons.put(c.applicant().id(), missing);
                continue;
            }
            pool.add(c);
        }
        List<Applicant> poolApplicants = pool.stream().map(Candidate::applicant).toList();
        Solved solved = solve(pool, seats, rules, true);
        Map<String, String> reasons = new LinkedHashMap<>();
        if (solved.selected == null) {
            List<CohortRule> conflicting = conflicting(pool, seats, rules);
            List<String> texts = new ArrayList<>();
            texts.add(seats + " seats (" + pool.size() + " eligible applicants can be chosen)");
            conflicting.forEach(r -> texts.add(explain(r, candidates, pool)));
            String message = "No cohort satisfies these rules. " + (conflicting.isEmpty() && seats > pool.size()
                    ? "There are only " + pool.size() + " eligible applicants for " + seats + " seats."
                    : "These cannot all hold together: " + String.join("; ", texts) + ".");
            for (Candidate c : candidates) {
                reasons.put(c.applicant().id(), outReasons.getOrDefault(c.applicant().id(), "Out: no cohort satisfies the rules."));
            }
            return new Result(false, false, List.of(), Double.NaN,
                    conflicting.stream().map(CohortRule::describe).toList(), message, reasons);
        }
        List<Candidate> chosen = new ArrayList<>(solved.selected);
        chosen.sort(java.util.Comparator.comparing((Candidate c) -> c.rank() == null ? Integer.MAX_VALUE : c.rank()));
        List<Applicant> cohort = chosen.stream().map(Candidate::applicant).toList();
        double objective = chosen.stream().mapToDouble(Candidate::score).sum();
        Set<String> selectedIds = new LinkedHashSet<>(cohort.stream().map(Applicant::id).toList());
        Set<String> included = new LinkedHashSet<>();
        rules.forEach(r -> {
            if (r instanceof CohortRule.Include i) {
                included.add(i.applicant());
            }
        });
        double lowestChosen = chosen.stream().filter(c -> !included.contains(c.applicant().id()))
                .mapToDouble(Candidate::score).min().orElse(Double.POSITIVE_INFINITY);
        for (Candidate c : candidates) {
            String id = c.applicant().id();
            if (outReasons.containsKey(id)) {
                reasons.put(id, outReasons.get(id));
            } else if (selectedIds.contains(id)) {
                reasons.put(id, inReason(c, chosen, pool, rules, seats, included));
            } else {
                reasons.put(id, outReason(c, chosen, poolApplicants, rules, lowestChosen, included));
            }
        }
        String message = (solved.optimal ? "The best cohort under the rules" : "A good cohort (the solver ran out of time "
                + "before proving it the best)") + ": " + seats + " schools, total score " + Numbers.plain(objective) + ".";
        return new Result(true, solved.optimal, List.copyOf(selectedIds), objective, List.of(), message, reasons);
    }

    /** The rules the cohort breaks (empty when it keeps them all); quotas are checked against the candidates' values. */
    public static List<String> violations(Collection<Applicant> cohort, Collection<Applicant> candidates, int seats,
            List<CohortRule> rules) {
        List<String> out = new ArrayList<>();
        if (cohort.size() != seats) {
            out.add(seats + " seats");
        }
        for (CohortRule r : rules) {
            boolean ok = r instanceof CohortRule.Quota q ? q.holds(cohort, candidates) : r.holds(cohort);
            if (!ok) {
                out.add(r.describe());
            }
        }
        return out;
    }

    private record Solved(List<Candidate> selected, boolean optimal) {
    }

    private static Solved solve(List<Candidate> pool, int seats, List<CohortRule> rules, boolean optimise) {
        if (pool.size() < seats) {
            return new Solved(null, false);
        }
        CpModel model = new CpModel();
        int n = pool.size();
        BoolVar[] x = new BoolVar[n];
        for (int i = 0; i < n; i++) {
            x[i] = model.newBoolVar("x" + i);
        }
        model.addEquality(LinearExpr.sum(x), seats);
        for (CohortRule r : rules) {
            switch (r) {
                case CohortRule.Count c -> {
                    List<BoolVar> matching = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        if (c.matches(pool.get(i).applicant())) {
                            matching.add(x[i]);
                        }
                    }
                    bound(model, matching, c.min(), c.max());
                }
                case CohortRule.Quota q -> {
                    Map<String, List<BoolVar>> byValue = new LinkedHashMap<>();
                    for (int i = 0; i < n; i++) {
                        byValue.computeIfAbsent(pool.get(i).applicant().value(q.field()).toLowerCase(Locale.ROOT),
                                k -> new ArrayList<>()).add(x[i]);
                    }
                    byValue.values().forEach(vars -> bound(model, vars, q.min(), q.max()));
                }
                case CohortRule.MinAverage m -> {
                    long[] coefficients = new long[n];
                    for (int i = 0; i < n; i++) {
                        coefficients[i] = Math.round(pool.get(i).applicant().number(m.field()).orElseThrow() * VALUE_SCALE);
                    }
                    long required = (long) Math.ceil(m.minimum() * VALUE_SCALE - 1e-6) * seats;
                    model.addGreaterOrEqual(LinearExpr.weightedSum(x, coefficients), required);
                }
                case CohortRule.Include inc -> {
                    int i = indexOf(pool, inc.applicant());
                    if (i < 0) {
                        return new Solved(null, false);
                    }
                    model.addEquality(x[i], 1);
                }
                case CohortRule.Exclude exc -> {
                    int i = indexOf(pool, exc.applicant());
                    if (i >= 0) {
                        model.addEquality(x[i], 0);
                    }
                }
            }
        }
        if (optimise) {
            long[] gain = new long[n];
            for (int i = 0; i < n; i++) {
                gain[i] = Math.round(pool.get(i).score() * SCORE_SCALE);
            }
            model.maximize(LinearExpr.weightedSum(x, gain));
        }
        CpSolver solver = new CpSolver();
        solver.getParameters().setNumWorkers(1);
        solver.getParameters().setMaxTimeInSeconds(30);
        CpSolverStatus status = solver.solve(model);
        if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
            return new Solved(null, false);
        }
        List<Candidate> selected = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (solver.booleanValue(x[i])) {
                selected.add(pool.get(i));
            }
        }
        return new Solved(selected, status == CpSolverStatus.OPTIMAL);
    }

    private static void bound(CpModel model, List<BoolVar> vars, Integer min, Integer max) {
        LinearExpr sum = LinearExpr.sum(vars.toArray(new BoolVar[0]));
        if (min != null) {
            model.addGreaterOrEqual(sum, min);
        }
        if (max != null) {
            model.addLessOrEqual(sum, max);
        }
    }

    private static int indexOf(List<Candidate> pool, String id) {
        for (int i = 0; i < pool.size(); i++) {
            if (pool.get(i).applicant().id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** Deletion filter: drop each rule in turn; keep it only if the rest become satisfiable without it. */
    private static List<CohortRule> conflicting(List<Candidate> pool, int seats, List<CohortRule> rules) {
        List<CohortRule> kept = new ArrayList<>(rules);
        for (CohortRule r : rules) {
            List<CohortRule> without = new ArrayList<>(kept);
            without.remove(r);
            if (solve(pool, seats, without, false).selected == null) {
                kept = without;
            }
        }
        return kept;
    }

    private static String explain(CohortRule r, List<Candidate> all, List<Candidate> pool) {
        if (r instanceof CohortRule.Include inc && indexOf(pool, inc.applicant()) < 0) {
            for (Candidate c : all) {
                if (c.applicant().id().equals(inc.applicant())) {
                    return r.describe() + " (it cannot be chosen: " + (c.eligible() ? "it is excluded or lacks data" : "not eligible")
                            + ")";
                }
            }
            return r.describe() + " (no such applicant)";
        }
        return r.describe();
    }

    private static String inReason(Candidate c, List<Candidate> chosen, List<Candidate> pool, List<CohortRule> rules,
            int seats, Set<String> included) {
        String head = "In: " + rankText(c) + ", score " + Numbers.plain(c.score());
        if (included.contains(c.applicant().id())) {
            return head + "; the committee required it (must include).";
        }
        List<Applicant> cohort = chosen.stream().map(Candidate::applicant).toList();
        List<String> helps = new ArrayList<>();
        for (CohortRule r : rules) {
            switch (r) {
                case CohortRule.Count k when k.min() != null && k.matches(c.applicant())
                        && cohort.stream().filter(k::matches).count() <= k.min() -> helps.add(r.describe());
                case CohortRule.Quota q when q.min() != null && cohort.stream()
                        .filter(a -> a.value(q.field()).equalsIgnoreCase(c.applicant().value(q.field()))).count() <= q.min() ->
                        helps.add(r.describe());
                case CohortRule.MinAverage m when c.applicant().number(m.field()).orElse(0) >= m.minimum() -> {
                    if (!m.holds(without(cohort, c.applicant()))) {
                        helps.add(r.describe());
                    }
                }
                default -> { }
            }
        }
        boolean topScore = c.rank() != null && c.rank() <= seats;
        if (topScore || helps.isEmpty()) {
            return head + (topScore ? "; among the " + seats + " highest scores." : "; it fits the rules.")
                    + (helps.isEmpty() ? "" : " It also counts toward \"" + String.join("\", \"", helps) + "\".");
        }
        return head + "; chosen to meet \"" + String.join("\", \"", helps) + "\".";
    }

    private static List<Applicant> without(List<Applicant> cohort, Applicant a) {
        List<Applicant> out = new ArrayList<>(cohort);
        out.remove(a);
        return out;
    }

    private static String outReason(Candidate c, List<Candidate> chosen, List<Applicant> pool, List<CohortRule> rules,
            double lowestChosen, Set<String> included) {
        String head = "Out: " + rankText(c) + ", score " + Numbers.plain(c.score());
        if (c.score() < lowestChosen - 1e-9) {
            return head + "; the selected schools score higher under the rules.";
        }
        // it scores at least as much as a selected school: find the rules that stop every exchange that would not
        // lower the total
        List<Applicant> cohort = chosen.stream().map(Candidate::applicant).toList();
        Set<String> blocking = new LinkedHashSet<>();
        boolean anySwapKeepsEachRule = true;
        for (CohortRule r : rules) {
            boolean someSwapKeeps = false;
            for (Candidate out : chosen) {
                if (included.contains(out.applicant().id()) || out.score() > c.score() + 1e-9) {
                    continue;
                }
                List<Applicant> swapped = new ArrayList<>(without(cohort, out.applicant()));
                swapped.add(c.applicant());
                boolean ok = r instanceof CohortRule.Quota q ? q.holds(swapped, pool) : r.holds(swapped);
                if (ok) {
                    someSwapKeeps = true;
                    break;
                }
            }
            if (!someSwapKeeps) {
                blocking.add(r.describe());
                anySwapKeepsEachRule = false;
            }
        }
        if (!anySwapKeepsEachRule) {
            return head + "; taking it in place of a selected school with a score no higher would break \""
                    + String.join("\", \"", blocking) + "\".";
        }
        if (c.score() <= lowestChosen + 1e-9) {
            return head + "; it ties with a selected school: a cohort with the same total could take it instead.";
        }
        return head + "; no exchange with a selected school keeps every rule and raises the total.";
    }

    private static String rankText(Candidate c) {
        return c.rank() == null ? "unranked" : "rank " + c.rank();
    }
}
