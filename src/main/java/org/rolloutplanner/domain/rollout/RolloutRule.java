package org.rolloutplanner.domain.rollout;

import java.util.List;
import java.util.Objects;

/**
 * One link of a scenario's rule chain. Rules apply in order, each to the schools not yet placed, and each
 * makes one cohort per school year unless it says otherwise. Pace rules ({@link SchoolsPerYear},
 * {@link PercentOfSchools}, {@link PercentOfStudents}, {@link FinishBy}) go on until every school is placed.
 */
public sealed interface RolloutRule {

    /** A plain-English description of the rule, naming the rounding where it matters. */
    default String describe(Rounding rounding) {
        return switch (this) {
            case FirstCohort f when !f.schoolIds().isEmpty() ->
                    "A first cohort of " + plural(f.schoolIds().size(), "named school") + ": " + String.join(", ", f.schoolIds()) + ".";
            case FirstCohort f -> "A first cohort of " + plural(f.count(), "school") + ".";
            case SchoolsPerYear s when s.min() == s.max() -> plural(s.min(), "school") + " a year until every school has started.";
            case SchoolsPerYear s -> s.min() + " to " + s.max()
                    + " schools a year, in cohorts of even size, until every school has started (the last cohort takes what is left).";
            case PercentOfSchools p -> fmt(p.percent()) + "% of the district's schools a year (" + rounding.phrase()
                    + ") until every school has started.";
            case PercentOfStudents p -> "Student coverage grows by " + fmt(p.points()) + " percentage points a year "
                    + switch (rounding) {
                        case UP -> "(each year's cohort reaches at least the year's goal)";
                        case DOWN -> "(each year's cohort stays at or under the year's goal)";
                        case NEAREST -> "(each year's cohort comes as close as it can to the year's goal)";
                    } + " until every school has started.";
            case CohortsOverYears c -> plural(c.cohorts(), "cohort") + " spread evenly over " + plural(c.years(), "school year")
                    + ", sharing the remaining schools evenly.";
            case Remaining r -> "All remaining schools in one cohort.";
            case FinishBy f -> "Every school started by " + f.year().label()
                    + ", at an even pace (the planner derives how many schools start each year).";
        };
    }

    /** A fixed first cohort: the first {@code count} schools in order, or the named schools. */
    record FirstCohort(int count, List<String> schoolIds) implements RolloutRule {
        public FirstCohort {
            schoolIds = List.copyOf(schoolIds);
            if (schoolIds.isEmpty() && count < 1) {
                throw new IllegalArgumentException("A first cohort needs at least 1 school (it was " + count + ").");
            }
            if (!schoolIds.isEmpty()) {
                count = schoolIds.size();
            }
        }

        public static FirstCohort of(int count) {
            return new FirstCohort(count, List.of());
        }

        public static FirstCohort named(List<String> ids) {
            return new FirstCohort(ids.size(), ids);
        }
    }

    /** N schools a year, or a range min–max (cohorts of even size within the range). */
    record SchoolsPerYear(int min, int max) implements RolloutRule {
        public SchoolsPerYear {
            if (min < 1 || max < min) {
                throw new IllegalArgumentException("Schools a year must be at least 1, and a range must go from low to high (it was "
                        + min + (min == max ? "" : "-" + max) + ").");
            }
        }

        public static SchoolsPerYear exactly(int n) {
            return new SchoolsPerYear(n, n);
        }
    }

    /** X% of the district's schools a year, rounded as the scenario says. */
    record PercentOfSchools(double percent) implements RolloutRule {
        public PercentOfSchools {
            if (!(percent > 0 && percent <= 100)) {
                throw new IllegalArgumentException("The percentage of schools a year must be above 0 and at most 100 (it was "
                        + fmt(percent) + ").");
            }
        }
    }

    /** Cumulative student coverage grows by {@code points} percentage points a year. */
    record PercentOfStudents(double points) implements RolloutRule {
        public PercentOfStudents {
            if (!(points > 0 && points <= 100)) {
                throw new IllegalArgumentException("The percentage of students a year must be above 0 and at most 100 (it was "
                        + fmt(points) + ").");
            }
        }
    }

    /** N cohorts spread evenly over Y school years (cohort i starts floor(i·Y/N) years after the first). */
    record CohortsOverYears(int cohorts, int years) implements RolloutRule {
        public CohortsOverYears {
            if (cohorts < 1 || years < 1) {
                throw new IllegalArgumentException("Cohorts and years must both be at least 1 (it was " + cohorts + "/" + years + ").");
            }
        }
    }

    /** All remaining schools in one cohort (schools of a level not yet allowed to start follow when they may). */
    record Remaining() implements RolloutRule {
    }

    /** Every school started by a school year; the pace is derived (even cohorts, one a year). */
    record FinishBy(SchoolYear year) implements RolloutRule {
        public FinishBy {
            Objects.requireNonNull(year, "year");
        }
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /** "4.9", "10", "12.5". */
    static String fmt(double d) {
        return org.rolloutplanner.domain.school.SchoolField.formatNumber(d);
    }
}
