package org.rolloutplanner.domain.rollout;

import java.util.Objects;

/** Something the plan is checked against after every change; a failed check becomes a {@link Warning}. */
public sealed interface Check {

    /** At most {@code capacity} schools in phase {@code phase} at once (e.g. coaching capacity for Design). */
    record PhaseCapacity(String phase, int capacity, String what) implements Check {
        public PhaseCapacity {
            Objects.requireNonNull(phase, "phase");
            if (capacity < 0) {
                throw new IllegalArgumentException("A capacity cannot be negative (it was " + capacity + ").");
            }
            what = what == null || what.isBlank() ? "capacity" : what.strip();
        }
    }

    /** At most this much money in any school year (whole currency units). */
    record Budget(long perSchoolYear) implements Check {
        public Budget {
            if (perSchoolYear < 0) {
                throw new IllegalArgumentException("A budget cannot be negative.");
            }
        }
    }

    /** What a target counts. */
    enum Measure {
        SCHOOLS("schools"), STUDENTS("students"), LOW_INCOME_STUDENTS("low-income students");

        private final String label;

        Measure(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Which moment of a school's rollout a target counts. */
    enum Milestone {
        STARTED("started"), LAUNCHED("launched"), COMPLETED("through the last phase");

        private final String label;

        Milestone(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** "100% of schools started by 2024-25", "75% of students started by the end of 2022". */
    record Target(double percent, Measure measure, Milestone milestone, Deadline by) implements Check {
        public Target {
            Objects.requireNonNull(measure, "measure");
            Objects.requireNonNull(milestone, "milestone");
            Objects.requireNonNull(by, "by");
            if (!(percent > 0 && percent <= 100)) {
                throw new IllegalArgumentException("A target must be above 0% and at most 100% (it was "
                        + RolloutRule.fmt(percent) + "%).");
            }
        }

        public static Target started(double percent, Measure measure, Deadline by) {
            return new Target(percent, measure, Milestone.STARTED, by);
        }

        /** "100% of schools started by 2024-25". */
        public String describe() {
            return RolloutRule.fmt(percent) + "% of " + measure.label() + " " + milestone.label() + " by " + by.label();
        }
    }
}
