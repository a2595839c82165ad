package org.rolloutplanner.domain.selection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A selection criterion. Essential criteria are gates scored 1 (pass) or 0 (fail) by reviewers, or computed from school
 * data when {@code gate} is set; preferred criteria carry a weight and a rubric scale {@code min}–{@code max} with an
 * optional description per level (index 0 describes {@code min}).
 */
public record Criterion(String id, String name, CriterionKind kind, double weight, int min, int max,
        List<String> levels, Gate gate) {

    public Criterion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        name = name == null || name.isBlank() ? id : name;
        levels = levels == null ? List.of() : List.copyOf(levels);
        if (kind == CriterionKind.ESSENTIAL) {
            min = 0;
            max = 1;
            weight = 0;
        }
        if (min > max) {
            throw new IllegalArgumentException("The lowest score of a rubric (" + min + ") is above its highest (" + max + ").");
        }
        if (weight < 0 || !Double.isFinite(weight)) {
            throw new IllegalArgumentException("A weight cannot be negative.");
        }
    }

    public static Criterion preferred(String id, String name, double weight, int min, int max) {
        return new Criterion(id, name, CriterionKind.PREFERRED, weight, min, max, List.of(), null);
    }

    public static Criterion essential(String id, String name) {
        return new Criterion(id, name, CriterionKind.ESSENTIAL, 0, 0, 1, List.of(), null);
    }

    public static Criterion computed(String id, String name, Gate gate) {
        return new Criterion(id, name, CriterionKind.ESSENTIAL, 0, 0, 1, List.of(), gate);
    }

    public boolean essential() {
        return kind == CriterionKind.ESSENTIAL;
    }

    public boolean answeredByReviewers() {
        return gate == null;
    }

    public boolean inRubric(double score) {
        return score >= min && score <= max;
    }

    /** The description of a rubric level, or "". */
    public String describeLevel(int score) {
        int i = score - min;
        return i >= 0 && i < levels.size() ? levels.get(i) : "";
    }

    /** Weights of the preferred criteria as shares of 100% (all equal when every weight is 0). */
    public static Map<String, Double> shares(List<Criterion> criteria) {
        List<Criterion> preferred = new ArrayList<>();
        double total = 0;
        for (Criterion c : criteria) {
            if (!c.essential()) {
                preferred.add(c);
                total += c.weight();
            }
        }
        Map<String, Double> shares = new LinkedHashMap<>();
        for (Criterion c : preferred) {
            shares.put(c.id(), total > 0 ? 100 * c.weight() / total : 100.0 / preferred.size());
        }
        return shares;
    }
}
