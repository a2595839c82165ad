package org.rolloutplanner.domain.selection;

import java.util.Optional;

/** How the reviewers' scores of one applicant on one criterion become one number. */
public enum AggregationMethod {
    MEAN("mean", "Mean of the reviewers' scores"),
    MEDIAN("median", "Median of the reviewers' scores (middle value; mean of the two middle values for an even count)"),
    TRIMMED("trimmed", "Trimmed mean: the single highest and single lowest score are left out when there are 3 or more"),
    ZSCORE("zscore", "Mean of per-reviewer z-scores: each reviewer's scores on a criterion are standardised "
            + "(minus that reviewer's mean, divided by that reviewer's standard deviation), which corrects lenient and "
            + "harsh reviewers; the result is in standard deviations, 0 = average");

    private final String word;
    private final String description;

    AggregationMethod(String word, String description) {
        this.word = word;
        this.description = description;
    }

    public String word() {
        return word;
    }

    public String description() {
        return description;
    }

    public static Optional<AggregationMethod> parse(String text) {
        for (AggregationMethod m : values()) {
            if (m.word.equalsIgnoreCase(text.strip())) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
