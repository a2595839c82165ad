package org.rolloutplanner.ui.scenarios;

import java.util.Arrays;
import java.util.List;
import org.rolloutplanner.domain.rollout.RolloutRule;
import org.rolloutplanner.domain.rollout.SchoolYear;

/**
 * The kinds of rule the editor offers, with the one or two values each takes (as the person types them).
 * {@link #build} turns the typed values into a rule, or throws {@link IllegalArgumentException} with a message.
 */
enum RuleKind {
    FIRST("First cohort of N schools", "schools", null),
    FIRST_NAMED("First cohort of named schools", "school IDs, comma-separated", null),
    SCHOOLS_PER_YEAR("N schools a year", "schools", null),
    RANGE_PER_YEAR("Between N and M schools a year", "at least", "at most"),
    PERCENT_SCHOOLS("X% of schools a year", "%", null),
    PERCENT_STUDENTS("X% of students a year", "%", null),
    COHORTS_OVER_YEARS("N cohorts over Y years", "cohorts", "years"),
    REMAINING("All remaining schools", null, null),
    FINISH_BY("Everyone by a school year", "school year", null);

    private final String label;
    private final String first;
    private final String second;

    RuleKind(String label, String first, String second) {
        this.label = label;
        this.first = first;
        this.second = second;
    }

    /** The kinds a person picks from (named first cohorts come from saved scenarios and the command line). */
    static List<RuleKind> offered() {
        return Arrays.stream(values()).filter(k -> k != FIRST_NAMED).toList();
    }

    String label() {
        return label;
    }

    /** Prompt of the first value, or null when the rule takes none. */
    String firstPrompt() {
        return first;
    }

    /** Prompt of the second value, or null when the rule takes one or none. */
    String secondPrompt() {
        return second;
    }

    static RuleKind of(RolloutRule rule) {
        return switch (rule) {
            case RolloutRule.FirstCohort f -> f.schoolIds().isEmpty() ? FIRST : FIRST_NAMED;
            case RolloutRule.SchoolsPerYear s -> s.min() == s.max() ? SCHOOLS_PER_YEAR : RANGE_PER_YEAR;
            case RolloutRule.PercentOfSchools p -> PERCENT_SCHOOLS;
            case RolloutRule.PercentOfStudents p -> PERCENT_STUDENTS;
            case RolloutRule.CohortsOverYears c -> COHORTS_OVER_YEARS;
            case RolloutRule.Remaining r -> REMAINING;
            case RolloutRule.FinishBy f -> FINISH_BY;
        };
    }

    /** The values of a rule as the editor shows them: two texts (empty when unused). */
    static String[] values(RolloutRule rule) {
        return switch (rule) {
            case RolloutRule.FirstCohort f -> new String[] {f.schoolIds().isEmpty() ? Integer.toString(f.count())
                    : String.join(", ", f.schoolIds()), ""};
            case RolloutRule.SchoolsPerYear s -> new String[] {Integer.toString(s.min()),
                    s.min() == s.max() ? "" : Integer.toString(s.max())};
            case RolloutRule.PercentOfSchools p -> new String[] {number(p.percent()), ""};
            case RolloutRule.PercentOfStudents p -> new String[] {number(p.points()), ""};
            case RolloutRule.CohortsOverYears c -> new String[] {Integer.toString(c.cohorts()), Integer.toString(c.years())};
            case RolloutRule.Remaining r -> new String[] {"", ""};
            case RolloutRule.FinishBy f -> new String[] {f.year().label(), ""};
        };
    }

    /** A sensible rule of this kind to start from when the person switches kinds. */
    RolloutRule example(SchoolYear firstYear) {
        return switch (this) {
            case FIRST -> RolloutRule.FirstCohort.of(6);
            case FIRST_NAMED -> RolloutRule.FirstCohort.of(6);
            case SCHOOLS_PER_YEAR -> RolloutRule.SchoolsPerYear.exactly(5);
            case RANGE_PER_YEAR -> new RolloutRule.SchoolsPerYear(6, 8);
            case PERCENT_SCHOOLS -> new RolloutRule.PercentOfSchools(10);
            case PERCENT_STUDENTS -> new RolloutRule.PercentOfStudents(10);
            case COHORTS_OVER_YEARS -> new RolloutRule.CohortsOverYears(6, 8);
            case REMAINING -> new RolloutRule.Remaining();
            case FINISH_BY -> new RolloutRule.FinishBy(firstYear.plus(8));
        };
    }

    RolloutRule build(String a, String b) {
        String x = a == null ? "" : a.strip();
        String y = b == null ? "" : b.strip();
        return switch (this) {
            case FIRST -> RolloutRule.FirstCohort.of(whole(x, "The first cohort's number of schools"));
            case FIRST_NAMED -> {
                List<String> ids = Arrays.stream(x.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
                if (ids.isEmpty()) {
                    throw new IllegalArgumentException("Name at least one school of the first cohort, by its ID.");
                }
                yield RolloutRule.FirstCohort.named(ids);
            }
            case SCHOOLS_PER_YEAR -> RolloutRule.SchoolsPerYear.exactly(whole(x, "The number of schools a year"));
            case RANGE_PER_YEAR -> new RolloutRule.SchoolsPerYear(whole(x, "The least number of schools a year"),
                    whole(y, "The most schools a year"));
            case PERCENT_SCHOOLS -> new RolloutRule.PercentOfSchools(percent(x));
            case PERCENT_STUDENTS -> new RolloutRule.PercentOfStudents(percent(x));
            case COHORTS_OVER_YEARS -> new RolloutRule.CohortsOverYears(whole(x, "The number of cohorts"),
                    whole(y, "The number of years"));
            case REMAINING -> new RolloutRule.Remaining();
            case FINISH_BY -> new RolloutRule.FinishBy(SchoolYear.parse(x));
        };
    }

    static int whole(String text, String what) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be a whole number such as 6 (it was \"" + text + "\").");
        }
    }

    static double percent(String text) {
        try {
            return Double.parseDouble(text.strip().replace("%", "").replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Write a percentage as a number such as 10 (it was \"" + text + "\").");
        }
    }

    static String number(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    @Override
    public String toString() {
        return label;
    }
}
