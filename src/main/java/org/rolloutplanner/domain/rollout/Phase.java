package org.rolloutplanner.domain.rollout;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One phase a cohort goes through (design, planning, launch, implementation…).
 *
 * @param name   what people call the phase
 * @param months length in months (at least 1), or null for an open-ended phase (only the last phase may be open-ended)
 * @param colour colour of the phase's bars, as "#RRGGBB"; null lets the {@link PhaseTemplate} pick one by position
 */
public record Phase(String name, Integer months, String colour) {

    private static final Pattern HEX = Pattern.compile("#[0-9A-Fa-f]{6}");
    static final String[] PALETTE = {"#4C78A8", "#F58518", "#54A24B", "#B279A2", "#E45756", "#72B7B2"};

    public Phase {
        Objects.requireNonNull(name, "name");
        name = name.strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("A phase needs a name.");
        }
        if (months != null && months < 1) {
            throw new IllegalArgumentException("The phase " + name + " must last at least 1 month (it was " + months + ").");
        }
        if (colour != null && colour.isBlank()) {
            colour = null;
        } else if (colour != null && !HEX.matcher(colour).matches()) {
            throw new IllegalArgumentException("The colour of phase " + name + " must be written like #4C78A8 (it was " + colour + ").");
        }
    }

    public static Phase of(String name, int months) {
        return new Phase(name, months, null);
    }

    public static Phase openEnded(String name) {
        return new Phase(name, null, null);
    }

    public boolean isOpenEnded() {
        return months == null;
    }

    public Phase withMonths(Integer newMonths) {
        return new Phase(name, newMonths, colour);
    }

    /** "Design (12 months)" or "Implementation (open-ended)". */
    public String describe() {
        return name + (months == null ? " (open-ended)" : " (" + months + (months == 1 ? " month)" : " months)"));
    }
}
