package org.rolloutplanner.domain.rollout;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.rolloutplanner.domain.school.School;
import org.rolloutplanner.domain.school.SchoolLevel;

/**
 * The order in which schools are taken into cohorts. Ties are always broken by school id, so the same
 * inputs give the same plan.
 */
public sealed interface SchoolOrder {

    /** Highest readiness first; schools not assessed go last. */
    record ByReadiness() implements SchoolOrder {
    }

    /** Highest score first (a committee's ranking, for example); schools without a score go last. */
    record ByScore(Map<String, Double> scores, String name) implements SchoolOrder {
        public ByScore {
            scores = Map.copyOf(scores);
            name = name == null || name.isBlank() ? "score" : name;
        }
    }

    /** Largest enrollment first. */
    record ByEnrollment() implements SchoolOrder {
    }

    /** The order of the roster. */
    record ByRoster() implements SchoolOrder {
    }

    /** Levels in the given sequence (levels not named go after them), then {@code within} inside each level. */
    record ByLevel(List<SchoolLevel> sequence, SchoolOrder within) implements SchoolOrder {
        public ByLevel {
            sequence = List.copyOf(sequence);
            Objects.requireNonNull(within, "within");
            if (within instanceof ByLevel) {
                throw new IllegalArgumentException("A level sequence cannot be ordered by another level sequence.");
            }
        }
    }

    default String describe() {
        return switch (this) {
            case ByReadiness r -> "highest readiness first (schools not assessed last)";
            case ByScore s -> "highest " + s.name() + " first (schools without one last)";
            case ByEnrollment e -> "largest enrollment first";
            case ByRoster r -> "roster order";
            case ByLevel l -> "levels in the order " + String.join(", ", l.sequence().stream().map(SchoolLevel::code).toList())
                    + " (others after), then " + l.within().describe();
        };
    }

    /**
     * A comparator of roster positions for this order; {@code roster} is the full roster. Ties: school id, then
     * roster position.
     */
    default Comparator<Integer> comparator(List<School> roster) {
        int n = roster.size();
        double[] key = new double[n]; // smaller first
        int[] levelRank = new int[n];
        SchoolOrder inner = this instanceof ByLevel l ? l.within() : this;
        for (int i = 0; i < n; i++) {
            School s = roster.get(i);
            key[i] = switch (inner) {
                case ByReadiness r -> s.readiness() == null ? Double.POSITIVE_INFINITY : -s.readiness();
                case ByScore sc -> {
                    Double v = sc.scores().get(s.id());
                    yield v == null ? Double.POSITIVE_INFINITY : -v;
                }
                case ByEnrollment e -> -s.enrollment();
                case ByRoster r -> i;
                case ByLevel l -> throw new IllegalStateException("nested level order");
            };
            if (this instanceof ByLevel l) {
                int idx = l.sequence().indexOf(s.level());
                levelRank[i] = idx < 0 ? l.sequence().size() : idx;
            }
        }
        return (a, b) -> {
            int c = Integer.compare(levelRank[a], levelRank[b]);
            if (c != 0) {
                return c;
            }
            c = Double.compare(key[a], key[b]);
            if (c != 0) {
                return c;
            }
            c = roster.get(a).id().compareTo(roster.get(b).id());
            return c != 0 ? c : Integer.compare(a, b);
        };
    }
}
