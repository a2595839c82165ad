package org.rolloutplanner.domain.rollout;

import java.time.YearMonth;
import java.util.regex.Pattern;

/**
 * A school year, labelled as districts write it: "2015-16" is the year that starts in 2015.
 *
 * @param startYear the calendar year in which the school year starts
 */
public record SchoolYear(int startYear) implements Comparable<SchoolYear> {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})\\s*[-–/]\\s*(\\d{2}|\\d{4})");

    public SchoolYear {
        if (startYear < 1900 || startYear > 2999) {
            throw new IllegalArgumentException("The school year " + startYear + " is out of range.");
        }
    }

    /** Reads "2015-16" (also "2015-2016"); the second year must follow the first. */
    public static SchoolYear parse(String text) {
        var m = FORMAT.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("\"" + text + "\" is not a school year. Write it like 2015-16.");
        }
        int first = Integer.parseInt(m.group(1));
        int second = Integer.parseInt(m.group(2));
        int expected = m.group(2).length() == 2 ? (first + 1) % 100 : first + 1;
        if (second != expected) {
            throw new IllegalArgumentException("\"" + text + "\" is not a school year: the second year must follow the first, as in "
                    + new SchoolYear(first).label() + ".");
        }
        return new SchoolYear(first);
    }

    /** The school year that contains a month, for a school year that starts in {@code startMonth}. */
    public static SchoolYear containing(YearMonth month, int startMonth) {
        return new SchoolYear(month.getMonthValue() >= startMonth ? month.getYear() : month.getYear() - 1);
    }

    /** "2015-16". */
    public String label() {
        int next = (startYear + 1) % 100;
        return startYear + (next < 10 ? "-0" : "-") + next;
    }

    public SchoolYear plus(int years) {
        return new SchoolYear(startYear + years);
    }

    /** Whole school years from this one to {@code other} (negative when other is earlier). */
    public int yearsUntil(SchoolYear other) {
        return other.startYear - startYear;
    }

    public YearMonth firstMonth(int startMonth) {
        return YearMonth.of(startYear, startMonth);
    }

    public YearMonth lastMonth(int startMonth) {
        return firstMonth(startMonth).plusMonths(11);
    }

    public boolean isBefore(SchoolYear other) {
        return startYear < other.startYear;
    }

    @Override
    public int compareTo(SchoolYear o) {
        return Integer.compare(startYear, o.startYear);
    }

    @Override
    public String toString() {
        return label();
    }
}
