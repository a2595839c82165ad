package org.rolloutplanner.ui.scenarios;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rolloutplanner.domain.rollout.Plan;
import org.rolloutplanner.domain.rollout.SchoolYear;
import org.rolloutplanner.domain.school.School;

/** Two or more plans side by side: the figures of each, and which schools start in another year. Pure. */
final class ScenarioComparison {

    /** The figures of one plan. */
    record Figures(String name, int cohorts, SchoolYear completion, String peakPhase, int peakSchools, long totalCost,
            Plan plan) {
        String completionLabel() {
            return completion == null ? "never" : completion.label();
        }
    }

    /** A school that starts in another cohort in the second plan; {@code years} later (negative: earlier). */
    record Move(School school, int fromCohort, SchoolYear fromYear, int toCohort, SchoolYear toYear, int years) {
        String describe() {
            return school.name() + ": cohort " + fromCohort + " (" + fromYear.label() + ") → cohort " + toCohort + " ("
                    + toYear.label() + ")" + (years == 0 ? ", same school year"
                    : years > 0 ? ", " + years + (years == 1 ? " year later" : " years later")
                    : ", " + -years + (years == -1 ? " year earlier" : " years earlier"));
        }
    }

    private ScenarioComparison() {
    }

    static Figures figures(String name, Plan plan) {
        long cost = plan.years().stream().mapToLong(Plan.YearSummary::cost).sum();
        String phase = plan.cohorts().isEmpty() ? "" : plan.cohorts().getFirst().phases().getFirst().name();
        return new Figures(name, plan.cohorts().size(), plan.completionSchoolYear(), phase, peakInPhase(plan, phase), cost, plan);
    }

    /** Most schools in the named phase in any one month. */
    static int peakInPhase(Plan plan, String phase) {
        Map<YearMonth, Integer> delta = new HashMap<>();
        for (Plan.Cohort c : plan.cohorts()) {
            for (Plan.PhaseSpan span : c.phases()) {
                if (span.name().equals(phase)) {
                    delta.merge(span.start(), c.size(), Integer::sum);
                    if (span.end() != null) {
                        delta.merge(span.end().plusMonths(1), -c.size(), Integer::sum);
                    }
                }
            }
        }
        int now = 0;
        int peak = 0;
        for (var e : delta.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
            now += e.getValue();
            peak = Math.max(peak, now);
        }
        return peak;
    }

    /** The school diff of one scenario against the first one ticked (the baseline). */
    record Diff(String baseline, String other, List<Move> moves) {
        String title() {
            return moves.isEmpty() ? "Every school starts in the same cohort in " + other + " as in " + baseline + "."
                    : moves.size() + (moves.size() == 1 ? " school starts" : " schools start") + " in another cohort in "
                            + other + " than in " + baseline + ":";
        }
    }

    /** The figures of each plan, in the order given (names to plans). */
    static List<Figures> figures(Map<String, Plan> plans) {
        return plans.entrySet().stream().map(e -> figures(e.getKey(), e.getValue())).toList();
    }

    /**
     * The school diff between the first plan (the baseline) and each other one, in order: with three or more
     * scenarios every one is compared with the first, not with its neighbour.
     */
    static List<Diff> diffsFromFirst(List<Figures> figures) {
        if (figures.size() < 2) {
            return List.of();
        }
        Figures first = figures.getFirst();
        return figures.subList(1, figures.size()).stream()
                .map(f -> new Diff(first.name(), f.name(), moves(first.plan(), f.plan()))).toList();
    }

    /** Schools placed in both plans whose cohort differs, the largest changes first. */
    static List<Move> moves(Plan from, Plan to) {
        Map<String, Plan.Cohort> before = new HashMap<>();
        from.placements().forEach(p -> before.put(p.school().id(), from.cohorts().get(p.cohort() - 1)));
        List<Move> moves = new ArrayList<>();
        for (Plan.Placement p : to.placements()) {
            Plan.Cohort was = before.get(p.school().id());
            Plan.Cohort now = to.cohorts().get(p.cohort() - 1);
            if (was != null && (was.number() != now.number() || !was.schoolYear().equals(now.schoolYear()))) {
                moves.add(new Move(p.school(), was.number(), was.schoolYear(), now.number(), now.schoolYear(),
                        was.schoolYear().yearsUntil(now.schoolYear())));
            }
        }
        moves.sort(Comparator.comparingInt((Move m) -> -Math.abs(m.years())).thenComparing(m -> m.school().name()));
        return moves;
    }
}
