package org.rolloutplanner.domain.selection;

/** Declared rules that order applicants with equal aggregated scores, applied in the committee's order. */
public enum TieBreak {
    HIGHER_LOW_INCOME("higher low-income share"),
    LARGER_ENROLLMENT("larger enrollment"),
    LOTTERY("lottery");

    private final String description;

    TieBreak(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    public static final java.util.List<TieBreak> DEFAULT = java.util.List.of(HIGHER_LOW_INCOME, LARGER_ENROLLMENT, LOTTERY);
}
