package org.rolloutplanner.domain.selection;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An essential criterion computed from school data instead of answered by reviewers, such as
 * {@code enrollment >= 500} or {@code frl_percent >= 40}.
 */
public record Gate(String field, Comparison comparison, double threshold) {

    /** How the school's value is compared with the threshold. */
    public enum Comparison {
        AT_LEAST(">=", "≥"), MORE_THAN(">", ">"), AT_MOST("<=", "≤"), LESS_THAN("<", "<"), EQUAL("=", "=");

        final String symbol;
        final String shown;

        Comparison(String symbol, String shown) {
            this.symbol = symbol;
            this.shown = shown;
        }

        /** ">=", ">", "<=", "<" or "=". */
        public String symbol() {
            return symbol;
        }

        boolean test(double value, double threshold) {
            return switch (this) {
                case AT_LEAST -> value >= threshold;
                case MORE_THAN -> value > threshold;
                case AT_MOST -> value <= threshold;
                case LESS_THAN -> value < threshold;
                case EQUAL -> value == threshold;
            };
        }
    }

    private static final Pattern TEXT = Pattern.compile("\\s*([A-Za-z_][A-Za-z0-9_ ]*?)\\s*(>=|<=|≥|≤|>|<|=)\\s*(-?[0-9]+(?:\\.[0-9]+)?)\\s*%?\\s*");

    /** Reads "enrollment >= 500"; empty when the text is not of that form. */
    public static Optional<Gate> parse(String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text);
        if (!m.matches()) {
            return Optional.empty();
        }
        String op = m.group(2).replace("≥", ">=").replace("≤", "<=");
        for (Comparison c : Comparison.values()) {
            if (c.symbol.equals(op)) {
                return Optional.of(new Gate(m.group(1).strip().toLowerCase(java.util.Locale.ROOT), c,
                        Double.parseDouble(m.group(3))));
            }
        }
        return Optional.empty();
    }

    /** Passes, fails, or empty when the school's value is unknown. */
    public Optional<Boolean> test(Applicant a) {
        OptionalDouble v = a.number(field);
        return v.isPresent() ? Optional.of(comparison.test(v.getAsDouble(), threshold)) : Optional.empty();
    }

    /** "enrollment ≥ 500". */
    public String describe() {
        return field + " " + comparison.shown + " " + Numbers.plain(threshold);
    }

    /** The form {@link #parse} reads. */
    public String text() {
        return field + comparison.symbol + Numbers.plain(threshold);
    }
}
