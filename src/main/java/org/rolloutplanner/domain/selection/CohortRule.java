package org.rolloutplanner.domain.selection;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/** A composition rule of the cohort builder. */
public sealed interface CohortRule {

    /** A plain-English statement of the rule, used in reasons and conflict reports. */
    String describe();

    /** Whether a cohort keeps the rule. */
    boolean holds(Collection<Applicant> cohort);

    /** At least {@code min} and at most {@code max} applicants whose field holds the value (null = no bound). */
    record Count(String field, String value, Integer min, Integer max) implements CohortRule {
        public Count {
            if (min == null && max == null) {
                throw new IllegalArgumentException("A rule needs at least a minimum or a maximum.");
            }
            if (min != null && max != null && min > max) {
                throw new IllegalArgumentException("The minimum " + min + " is above the maximum " + max + ".");
            }
        }

        public boolean matches(Applicant a) {
            return a.has(field, value);
        }

        @Override
        public String describe() {
            String what = field + " = " + value;
            if (min != null && max != null) {
                return min.equals(max) ? "exactly " + min + " with " + what : min + " to " + max + " with " + what;
            }
            return min != null ? "at least " + min + " with " + what : "at most " + max + " with " + what;
        }

        @Override
        public boolean holds(Collection<Applicant> cohort) {
            long n = cohort.stream().filter(this::matches).count();
            return (min == null || n >= min) && (max == null || n <= max);
        }
    }

    /** The cohort's average of a numeric field is at least a value: Σ v·x ≥ value·N. */
    record MinAverage(String field, double minimum) implements CohortRule {
        @Override
        public String describe() {
            return "average " + field + " at least " + Numbers.plain(minimum);
        }

        @Override
        public boolean holds(Collection<Applicant> cohort) {
            if (cohort.isEmpty()) {
                return true;
            }
            double sum = 0;
            for (Applicant a : cohort) {
                var v = a.number(field);
                if (v.isEmpty()) {
                    return false;
                }
                sum += v.getAsDouble();
            }
            return sum + 1e-9 >= minimum * cohort.size();
        }
    }

    /** For every value of the field (e.g. each district of a consortium): at least {@code min}, at most {@code max}. */
    record Quota(String field, Integer min, Integer max) implements CohortRule {
        public Quota {
            if (min == null && max == null) {
                throw new IllegalArgumentException("A quota needs at least a minimum or a maximum.");
            }
        }

        @Override
        public String describe() {
            String per = "from each " + field;
            if (min != null && max != null) {
                return min.equals(max) ? "exactly " + min + " " + per : min + " to " + max + " " + per;
            }
            return min != null ? "at least " + min + " " + per : "at most " + max + " " + per;
        }

        /** Checked against the values present among the candidates. */
        public boolean holds(Collection<Applicant> cohort, Collection<Applicant> candidates) {
            Set<String> values = new LinkedHashSet<>();
            candidates.forEach(a -> values.add(a.value(field).toLowerCase(java.util.Locale.ROOT)));
            for (String v : values) {
                long n = cohort.stream().filter(a -> a.value(field).equalsIgnoreCase(v)).count();
                if ((min != null && n < min) || (max != null && n > max)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public boolean holds(Collection<Applicant> cohort) {
            return holds(cohort, cohort);
        }
    }

    /** The applicant must be in the cohort. */
    record Include(String applicant) implements CohortRule {
        @Override
        public String describe() {
            return "must include " + applicant;
        }

        @Override
        public boolean holds(Collection<Applicant> cohort) {
            return cohort.stream().anyMatch(a -> a.id().equals(applicant));
        }
    }

    /** The applicant must not be in the cohort. */
    record Exclude(String applicant) implements CohortRule {
        @Override
        public String describe() {
            return "must exclude " + applicant;
        }

        @Override
        public boolean holds(Collection<Applicant> cohort) {
            return cohort.stream().noneMatch(a -> a.id().equals(applicant));
        }
    }
}
