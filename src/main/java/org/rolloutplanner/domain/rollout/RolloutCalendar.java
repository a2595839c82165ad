package org.rolloutplanner.domain.rollout;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;

/**
 * When a rollout starts and how its school years run. Time is counted in months.
 *
 * @param firstYear  the school year of the first cohort
 * @param startMonth the month (1–12) in which every school year starts; August (8) by default
 */
public record RolloutCalendar(SchoolYear firstYear, int startMonth) {

    public static final int DEFAULT_START_MONTH = 8;

    public RolloutCalendar {
        Objects.requireNonNull(firstYear, "firstYear");
        if (startMonth < 1 || startMonth > 12) {
            throw new IllegalArgumentException("The school year must start in a month from 1 to 12 (it was " + startMonth + ").");
        }
    }

    public static RolloutCalendar startingIn(SchoolYear firstYear) {
        return new RolloutCalendar(firstYear, DEFAULT_START_MONTH);
    }

    public SchoolYear yearOf(YearMonth month) {
        return SchoolYear.containing(month, startMonth);
    }

    public YearMonth startOf(SchoolYear year) {
        return year.firstMonth(startMonth);
    }

    public YearMonth endOf(SchoolYear year) {
        return year.lastMonth(startMonth);
    }

    /** "August 2024", as messages write a month. */
    public static String monthLabel(YearMonth m) {
        return m.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + m.getYear();
    }
}
