package org.rolloutplanner.domain.rollout;

/**
 * How a fractional number of schools becomes a whole one (10% of 49 schools is 4.9). The default is {@link #UP}:
 * a plan rounded up never finishes later than the percentage promises.
 */
public enum Rounding {
    UP("rounded up"),
    DOWN("rounded down"),
    NEAREST("rounded to the nearest whole number");

    public static final Rounding DEFAULT = UP;

    private static final double EPSILON = 1e-9;

    private final String phrase;

    Rounding(String phrase) {
        this.phrase = phrase;
    }

    /** "rounded up". */
    public String phrase() {
        return phrase;
    }

    /** "rounded up to", "rounded down to", "rounded to", as in "4.9, rounded up to 5". */
    public String toPhrase() {
        return switch (this) {
            case UP -> "rounded up to";
            case DOWN -> "rounded down to";
            case NEAREST -> "rounded to";
        };
    }

    public long apply(double value) {
        return switch (this) {
            case UP -> (long) Math.ceil(value - EPSILON);
            case DOWN -> (long) Math.floor(value + EPSILON);
            case NEAREST -> (long) Math.floor(value + 0.5 + EPSILON);
        };
    }
}
