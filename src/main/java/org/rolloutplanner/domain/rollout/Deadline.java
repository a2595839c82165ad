package org.rolloutplanner.domain.rollout;

import java.time.YearMonth;
import java.util.Objects;

/**
 * When a target must be met. Every deadline resolves to the last month that counts: a school counts as
 * started when its first phase starts in or before that month, and as through a phase when the phase ends
 * (last month inclusive) in or before it.
 */
public sealed interface Deadline {

    /**
     * "by 2024-25": schools that start when 2024-25 starts count (the last month that counts is the year's first
     * month).
     */
    record InSchoolYear(SchoolYear year) implements Deadline {
        public InSchoolYear {
            Objects.requireNonNull(year, "year");
        }
    }

    /** "by the start of 2024-25": everything must have happened before the year's first month. */
    record StartOf(SchoolYear year) implements Deadline {
        public StartOf {
            Objects.requireNonNull(year, "year");
        }
    }

    /** "by the end of 2022": the last month that counts is December 2022. */
    record EndOfCalendarYear(int year) implements Deadline {
    }

    default YearMonth lastMonth(RolloutCalendar calendar) {
        return switch (this) {
            case InSchoolYear y -> calendar.startOf(y.year());
            case StartOf s -> calendar.startOf(s.year()).minusMonths(1);
            case EndOfCalendarYear e -> YearMonth.of(e.year(), 12);
        };
    }

    /** "2024-25", "the start of 2024-25", "the end of 2022". */
    default String label() {
        return switch (this) {
            case InSchoolYear y -> y.year().label();
            case StartOf s -> "the start of " + s.year().label();
            case EndOfCalendarYear e -> "the end of " + e.year();
        };
    }
}
