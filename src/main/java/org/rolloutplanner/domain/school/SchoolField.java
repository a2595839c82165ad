package org.rolloutplanner.domain.school;

import java.util.Locale;

/**
 * The editable fields of a school, with the column name files use (the roster CSV header) and
 * the label people see.
 */
public enum SchoolField {
    ID("id", "School ID"),
    NAME("name", "Name"),
    LEVEL("level", "Level"),
    ENROLLMENT("enrollment", "Enrollment"),
    FRL_PERCENT("frl_percent", "Free/reduced lunch %"),
    REGION("region", "Region"),
    READINESS("readiness", "Readiness"),
    FEEDER("feeder", "Feeder pattern"),
    GRADE_LOW("grade_low", "Lowest grade"),
    GRADE_HIGH("grade_high", "Highest grade"),
    TEACHERS("teachers", "Teachers (FTE)");

    private final String column;
    private final String label;

    SchoolField(String column, String label) {
        this.column = column;
        this.label = label;
    }

    public String column() {
        return column;
    }

    public String label() {
        return label;
    }

    /** The value of this field of a school, as text for files and tables ("" when empty). */
    public String format(School s) {
        return switch (this) {
            case ID -> s.id();
            case NAME -> s.name();
            case LEVEL -> s.level().code();
            case ENROLLMENT -> Integer.toString(s.enrollment());
            case FRL_PERCENT -> formatNumber(s.frlPercent());
            case REGION -> s.region();
            case READINESS -> formatNumber(s.readiness());
            case FEEDER -> s.feeder();
            case GRADE_LOW -> s.gradeLow();
            case GRADE_HIGH -> s.gradeHigh();
            case TEACHERS -> formatNumber(s.teachers());
        };
    }

    /** The value of this field, as the object a table column sorts by. */
    public Object value(School s) {
        return switch (this) {
            case ENROLLMENT -> s.enrollment();
            case FRL_PERCENT -> s.frlPercent();
            case READINESS -> s.readiness();
            case TEACHERS -> s.teachers();
            case LEVEL -> s.level();
            default -> format(s);
        };
    }

    public static String formatNumber(Double d) {
        if (d == null) {
            return "";
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString(d.longValue());
        }
        String s = String.format(Locale.ROOT, "%.2f", d);
        return s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
