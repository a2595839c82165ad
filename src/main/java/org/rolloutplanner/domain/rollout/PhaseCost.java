package org.rolloutplanner.domain.rollout;

import java.util.Objects;

/**
 * Money tied to a phase, in whole currency units: {@code perSchool} is paid once in the school year the phase
 * starts (a planning or launch grant); {@code perStudentPerYear} is paid for each school year in which the school
 * is in the phase for at least one month.
 */
public record PhaseCost(String phase, long perSchool, long perStudentPerYear) {

    public PhaseCost {
        Objects.requireNonNull(phase, "phase");
        if (perSchool < 0 || perStudentPerYear < 0) {
            throw new IllegalArgumentException("Costs cannot be negative.");
        }
    }
}
