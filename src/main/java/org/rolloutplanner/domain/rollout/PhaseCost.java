package org.rolloutplanner.domain.rollout;

import java.util.Objects;

/**
 * A cost item tied to a phase, in whole currency units: {@code perSchool} is paid once in the school year the phase
 * starts (a planning or launch grant); {@code perStudentPerYear} is paid for each school year in which the school is in
 * the phase for at least one month.
 *
 * @param name              what the money is for, as people call it ("Planning grant", "Coaching"); empty when not
 *                          named, and then {@link #item()} names it after its phase
 * @param phase             the phase the money is tied to
 * @param perSchool         once per school, in the school year the phase starts
 * @param perStudentPerYear per student, each school year the school is in the phase
 */
public record PhaseCost(String name, String phase, long perSchool, long perStudentPerYear) {

    public PhaseCost {
        Objects.requireNonNull(phase, "phase");
        name = name == null ? "" : name.strip();
        if (perSchool < 0 || perStudentPerYear < 0) {
            throw new IllegalArgumentException("Costs cannot be negative.");
        }
    }

    /** A cost item without a name of its own (it is called after its phase, see {@link #item()}). */
    public PhaseCost(String phase, long perSchool, long perStudentPerYear) {
        this("", phase, perSchool, perStudentPerYear);
    }

    /** The name shown and used for totals: the given name, or "Design costs" for an unnamed item of phase Design. */
    public String item() {
        return name.isEmpty() ? defaultName(phase) : name;
    }

    /** The name an unnamed cost item of a phase gets. */
    public static String defaultName(String phase) {
        return phase + " costs";
    }

    public PhaseCost withName(String newName) {
        return new PhaseCost(newName, phase, perSchool, perStudentPerYear);
    }
}
