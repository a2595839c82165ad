package org.rolloutplanner.domain.rollout;

import java.util.Objects;

/**
 * A failed check, in plain English, tied to the school year and (when there is one) the cohort it is about.
 *
 * @param message    what is wrong, as a sentence
 * @param schoolYear the school year it is about; null when it is about the plan as a whole
 * @param cohort     the cohort number it is about, or null
 */
public record Warning(String message, SchoolYear schoolYear, Integer cohort) {

    public Warning {
        Objects.requireNonNull(message, "message");
    }
}
