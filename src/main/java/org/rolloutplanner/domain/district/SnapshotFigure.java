package org.rolloutplanner.domain.district;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A figure of a district's published snapshot, kept as the text people wrote: a number ("41,000",
 * "$9,800", "53%"), a range ("40-80%", "$8,000-$12,000") or "n/a". Empty means not given.
 */
public final class SnapshotFigure {

    private static final String NUMBER = "\\$?\\s*\\d{1,3}(,\\d{3})*(\\.\\d+)?\\s*%?|\\$?\\s*\\d+(\\.\\d+)?\\s*%?";
    private static final Pattern ALLOWED = Pattern.compile(
            "(?i)n/?a|(" + NUMBER + ")(\\s*(-|–|to)\\s*(" + NUMBER + "))?\\s*(k|m|million|thousand)?");

    private SnapshotFigure() {
    }

    /** What is wrong with the text as a snapshot figure, or empty when it is fine (empty text is fine). */
    public static Optional<String> problem(String label, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        if (!ALLOWED.matcher(text.strip()).matches()) {
            return Optional.of(label + " \"" + text.strip() + "\" is not a figure. Write a number (41,000), a percentage "
                    + "(53%), a range (40-80%) or n/a.");
        }
        return Optional.empty();
    }
}
