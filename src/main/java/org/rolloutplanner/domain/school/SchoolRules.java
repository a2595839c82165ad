package org.rolloutplanner.domain.school;

import java.util.Collection;
import org.rolloutplanner.domain.common.Result;
import java.util.Locale;
import java.util.Optional;

/**
 * The rules every school must follow, and the parsing of a typed value into a changed school.
 * Messages are plain sentences for the person who typed the value.
 */
public final class SchoolRules {

    public static final int MAX_ID_LENGTH = 32;
    public static final int MAX_NAME_LENGTH = 200;

    private SchoolRules() {
    }

    /** What is wrong with a school, or empty when it follows every rule. */
    public static Optional<String> problem(School s) {
        if (s.id().isBlank()) {
            return Optional.of("The school ID is empty. Every school needs an ID.");
        }
        if (s.id().length() > MAX_ID_LENGTH) {
            return Optional.of("The school ID is longer than " + MAX_ID_LENGTH + " characters.");
        }
        if (s.name().isBlank()) {
            return Optional.of("The school name is empty. Every school needs a name.");
        }
        if (s.name().length() > MAX_NAME_LENGTH) {
            return Optional.of("The school name is longer than " + MAX_NAME_LENGTH + " characters.");
        }
        if (s.enrollment() < 0) {
            return Optional.of("Enrollment cannot be negative (it was " + s.enrollment() + ").");
        }
        if (s.frlPercent() != null && (s.frlPercent() < 0 || s.frlPercent() > 100 || s.frlPercent().isNaN())) {
            return Optional.of("Free/reduced lunch % must be between 0 and 100 (it was "
                    + SchoolField.formatNumber(s.frlPercent()) + ").");
        }
        if (s.readiness() != null && (s.readiness() < 0 || s.readiness() > 100 || s.readiness().isNaN())) {
            return Optional.of("Readiness must be between 0 and 100 (it was " + SchoolField.formatNumber(s.readiness()) + ").");
        }
        if (s.teachers() != null && (s.teachers() < 0 || s.teachers().isNaN())) {
            return Optional.of("Teachers cannot be negative (it was " + SchoolField.formatNumber(s.teachers()) + ").");
        }
        return Optional.empty();
    }

    /** A problem when another school of the district already has this school's id (compared without case or spaces). */
    public static Optional<String> duplicateIdProblem(School s, Collection<School> district) {
        String wanted = normaliseId(s.id());
        for (School other : district) {
            if (other.key() != s.key() && normaliseId(other.id()).equals(wanted)) {
                return Optional.of("Another school (" + other.name() + ") already has the ID " + other.id()
                        + ". School IDs must be unique within the district.");
            }
        }
        return Optional.empty();
    }

    static String normaliseId(String id) {
        return id.trim().toUpperCase(Locale.ROOT);
    }

    /**
     * The school with {@code field} set from the typed text, or a message saying why the text is not a
     * valid value. Rules about the whole school (e.g. the range of a percentage) are checked too.
     */
    public static Result<School> withField(School s, SchoolField field, String text) {
        String t = text == null ? "" : text.strip();
        School changed;
        try {
            changed = switch (field) {
                case ID -> copy(s, t, s.name(), s.level(), s.gradeLow(), s.gradeHigh(), s.enrollment(), s.frlPercent(),
                        s.region(), s.feeder(), s.readiness(), s.teachers());
                case NAME -> copy(s, s.id(), t, s.level(), s.gradeLow(), s.gradeHigh(), s.enrollment(), s.frlPercent(),
                        s.region(), s.feeder(), s.readiness(), s.teachers());
                case LEVEL -> {
                    SchoolLevel level = SchoolLevel.parse(t).orElseThrow(() -> new IllegalArgumentException(
                            "\"" + t + "\" is not a school level. Use elementary, middle, high, K-8, 6-12 or other."));
                    yield copy(s, s.id(), s.name(), level, s.gradeLow(), s.gradeHigh(), s.enrollment(), s.frlPercent(),
                            s.region(), s.feeder(), s.readiness(), s.teachers());
                }
                case ENROLLMENT -> copy(s, s.id(), s.name(), s.level(), s.gradeLow(), s.gradeHigh(),
                        parseWhole(t, "Enrollment"), s.frlPercent(), s.region(), s.feeder(), s.readiness(), s.teachers());
                case FRL_PERCENT -> copy(s, s.id(), s.name(), s.level(), s.gradeLow(), s.gradeHigh(), s.enrollment(),
                        parseOptionalNumber(t, "Free/reduced lunch %"), s.region(), s.feeder(), s.readiness(), s.teachers());
                case REGION -> copy(s, s.id(), s.name(), s.level(), s.gradeLow(), s.gradeHigh(), s.enrollment(),
                        s.frlPercent(), t, s.feeder(), s.readiness(), s.teachers());
                case READINESS -> copy(s, s.id(), s.name(), s.level(), s.gradeLow(), s.gradeHigh(), s.enrollment(),
                        s.frlPercent(), s.region(), s.feeder(), parseOptionalNumber(t, "Readiness"), s.teachers());
                case FEEDER -> copy(s, s.id(), s.name(), s.level(), s.gradeLow(), s.gradeHigh(), s.enrollment(),
                        s.frlPercent(), s.region(), t, s.readiness(), s.teachers());
                case GRADE_LOW -> copy(s, s.id(), s.name(), s.level(), t.toUpperCase(Locale.ROOT), s.gradeHigh(),
                        s.enrollment(), s.frlPercent(), s.region(), s.feeder(), s.readiness(), s.teachers());
                case GRADE_HIGH -> copy(s, s.id(), s.name(), s.level(), s.gradeLow(), t.toUpperCase(Locale.ROOT),
                        s.enrollment(), s.frlPercent(), s.region(), s.feeder(), s.readiness(), s.teachers());
                case TEACHERS -> copy(s, s.id(), s.name(), s.level(), s.gradeLow(), s.gradeHigh(), s.enrollment(),
                        s.frlPercent(), s.region(), s.feeder(), s.readiness(), parseOptionalNumber(t, "Teachers"));
            };
        } catch (IllegalArgumentException e) {
            return Result.failure(e.getMessage());
        }
        return problem(changed).<Result<School>>map(Result::failure).orElseGet(() -> Result.success(changed));
    }

    private static School copy(School s, String id, String name, SchoolLevel level, String gl, String gh, int enrollment,
            Double frl, String region, String feeder, Double readiness, Double teachers) {
        return new School(s.key(), id, name, level, gl, gh, enrollment, frl, region, feeder, readiness, teachers);
    }

    /** A whole number, allowing thousands separators ("1,250"). */
    public static int parseWhole(String t, String what) {
        String c = t.replace(",", "").replace("_", "").strip();
        if (c.isEmpty()) {
            throw new IllegalArgumentException(what + " is empty. Type a whole number such as 450.");
        }
        try {
            double d = Double.parseDouble(c);
            if (d != Math.rint(d) || Double.isInfinite(d)) {
                throw new IllegalArgumentException(what + " must be a whole number (you typed \"" + t + "\").");
            }
            if (d > Integer.MAX_VALUE || d < Integer.MIN_VALUE) {
                throw new IllegalArgumentException(what + " is too large (you typed \"" + t + "\").");
            }
            return (int) d;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be a whole number (you typed \"" + t + "\").");
        }
    }

    /** A number or empty (null); "n/a" counts as empty; a trailing % is allowed. */
    public static Double parseOptionalNumber(String t, String what) {
        String c = t.replace(",", "").strip();
        if (c.endsWith("%")) {
            c = c.substring(0, c.length() - 1).strip();
        }
        if (c.isEmpty() || c.equalsIgnoreCase("n/a") || c.equalsIgnoreCase("na")) {
            return null;
        }
        try {
            double d = Double.parseDouble(c);
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be a number (you typed \"" + t + "\").");
        }
    }
}
