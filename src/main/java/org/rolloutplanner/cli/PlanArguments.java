package org.rolloutplanner.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rolloutplanner.domain.rollout.Check.Measure;
import org.rolloutplanner.domain.rollout.Check.Target;
import org.rolloutplanner.domain.rollout.Deadline;
import org.rolloutplanner.domain.rollout.LevelGate;
import org.rolloutplanner.domain.rollout.Phase;
import org.rolloutplanner.domain.rollout.RolloutRule;
import org.rolloutplanner.domain.rollout.Rounding;
import org.rolloutplanner.domain.rollout.SchoolOrder;
import org.rolloutplanner.domain.rollout.SchoolYear;
import org.rolloutplanner.domain.school.SchoolLevel;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The text forms of the {@code plan} command's option values, read into domain values. Each converter's message
 * says what was wrong and what is accepted; picocli adds the option's name.
 */
public final class PlanArguments {

    static final String RULES = "first:6, schools-per-year:5, schools-per-year:6-8, percent-schools:10, percent-students:10, "
            + "cohorts:6/8 (6 cohorts over 8 years), remaining, finish-by:2024-25";

    private static final Pattern WHOLE = Pattern.compile("\\d{1,6}");
    private static final Pattern RANGE = Pattern.compile("(\\d{1,6})\\s*-\\s*(\\d{1,6})");
    private static final Pattern OVER = Pattern.compile("(\\d{1,6})\\s*/\\s*(\\d{1,6})");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(\\.\\d+)?");

    private PlanArguments() {
    }

    public static RolloutRule rule(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        int colon = t.indexOf(':');
        String kind = colon < 0 ? t : t.substring(0, colon).strip();
        String arg = colon < 0 ? "" : t.substring(colon + 1).strip();
        try {
            return switch (kind) {
                case "first" -> RolloutRule.FirstCohort.of(whole(arg, text));
                case "schools-per-year" -> {
                    Matcher m = RANGE.matcher(arg);
                    yield m.matches() ? new RolloutRule.SchoolsPerYear(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))
                            : RolloutRule.SchoolsPerYear.exactly(whole(arg, text));
                }
                case "percent-schools" -> new RolloutRule.PercentOfSchools(number(arg, text));
                case "percent-students" -> new RolloutRule.PercentOfStudents(number(arg, text));
                case "cohorts" -> {
                    Matcher m = OVER.matcher(arg);
                    if (!m.matches()) {
                        throw bad(text, "write cohorts:6/8 for 6 cohorts over 8 years");
                    }
                    yield new RolloutRule.CohortsOverYears(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                }
                case "remaining" -> {
                    if (!arg.isEmpty()) {
                        throw bad(text, "\"remaining\" takes no value");
                    }
                    yield new RolloutRule.Remaining();
                }
                case "finish-by" -> new RolloutRule.FinishBy(SchoolYear.parse(arg));
                default -> throw bad(text, "it is not a rule we know");
            };
        } catch (TypeConversionException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw bad(text, e.getMessage());
        }
    }

    private static TypeConversionException bad(String text, String why) {
        return new TypeConversionException("\"" + text + "\" is not a rule (" + why + "). Rules: " + RULES + ".");
    }

    private static int whole(String arg, String text) {
        if (!WHOLE.matcher(arg).matches()) {
            throw bad(text, "\"" + arg + "\" is not a whole number");
        }
        return Integer.parseInt(arg);
    }

    private static double number(String arg, String text) {
        if (!NUMBER.matcher(arg.replace("%", "")).matches()) {
            throw bad(text, "\"" + arg + "\" is not a percentage such as 10");
        }
        return Double.parseDouble(arg.replace("%", ""));
    }

    /** NAME:MONTHS, MONTHS a whole number or "open"; optionally :#RRGGBB. */
    public static Phase phase(String text) {
        String[] parts = (text == null ? "" : text).split(":", -1);
        if (parts.length < 2 || parts.length > 3 || parts[0].isBlank()) {
            throw new TypeConversionException("\"" + text + "\" is not a phase. Write NAME:MONTHS, such as Design:12 or "
                    + "Implementation:open for an open-ended last phase.");
        }
        String months = parts[1].strip().toLowerCase(Locale.ROOT);
        Integer m;
        if (months.equals("open")) {
            m = null;
        } else if (WHOLE.matcher(months).matches() && Integer.parseInt(months) >= 1) {
            m = Integer.parseInt(months);
        } else {
            throw new TypeConversionException("\"" + text + "\" is not a phase: \"" + parts[1]
                    + "\" is not a number of months (1 or more) nor \"open\".");
        }
        try {
            return new Phase(parts[0], m, parts.length == 3 ? parts[2].strip() : null);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }

    /** readiness | enrollment | roster | level:high,middle,elementary. */
    public static SchoolOrder order(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "readiness" -> new SchoolOrder.ByReadiness();
            case "enrollment" -> new SchoolOrder.ByEnrollment();
            case "roster" -> new SchoolOrder.ByRoster();
            default -> {
                if (!t.startsWith("level:") || t.length() == "level:".length()) {
                    throw new TypeConversionException("\"" + text + "\" is not an order. Use readiness, enrollment, roster or "
                            + "level:high,middle,elementary.");
                }
                List<SchoolLevel> levels = new ArrayList<>();
                for (String l : t.substring("level:".length()).split(",")) {
                    levels.add(level(l, text));
                }
                yield new SchoolOrder.ByLevel(levels, new SchoolOrder.ByReadiness());
            }
        };
    }

    private static SchoolLevel level(String l, String text) {
        return SchoolLevel.parse(l).orElseThrow(() -> new TypeConversionException("\"" + text + "\": \"" + l.strip()
                + "\" is not a school level. Use elementary, middle, high, k-8, 6-12 or other."));
    }

    /** LEVEL:SCHOOLYEAR. */
    public static LevelGate gate(String text) {
        String t = text == null ? "" : text.strip();
        int colon = t.indexOf(':');
        if (colon < 0) {
            throw new TypeConversionException("\"" + text + "\" is not LEVEL:SCHOOLYEAR, such as middle:2017-18.");
        }
        return new LevelGate(level(t.substring(0, colon), text), schoolYear(t.substring(colon + 1)));
    }

    /** SCHOOLYEAR:PERCENT:schools|students, e.g. 2024-25:100:schools (started by the start of that school year). */
    public static Target target(String text) {
        String[] parts = (text == null ? "" : text.strip()).split(":", -1);
        if (parts.length != 3) {
            throw new TypeConversionException("\"" + text + "\" is not a target. Write SCHOOLYEAR:PERCENT:schools or "
                    + "SCHOOLYEAR:PERCENT:students, such as 2024-25:100:schools.");
        }
        SchoolYear year = schoolYear(parts[0]);
        String pct = parts[1].strip().replace("%", "");
        if (!NUMBER.matcher(pct).matches()) {
            throw new TypeConversionException("\"" + text + "\": \"" + parts[1] + "\" is not a percentage such as 75.");
        }
        Measure measure = switch (parts[2].strip().toLowerCase(Locale.ROOT)) {
            case "schools" -> Measure.SCHOOLS;
            case "students" -> Measure.STUDENTS;
            default -> throw new TypeConversionException("\"" + text + "\": the last part must be schools or students (it was \""
                    + parts[2] + "\").");
        };
        try {
            return Target.started(Double.parseDouble(pct), measure, new Deadline.InSchoolYear(year));
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException("\"" + text + "\": " + e.getMessage());
        }
    }

    public static SchoolYear schoolYear(String text) {
        try {
            return SchoolYear.parse(text);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }

    public static Rounding rounding(String text) {
        return switch (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)) {
            case "up" -> Rounding.UP;
            case "down" -> Rounding.DOWN;
            case "nearest" -> Rounding.NEAREST;
            default -> throw new TypeConversionException("\"" + text + "\" is not a rounding. Use up, down or nearest.");
        };
    }

    /** picocli converters. */
    public static final class RuleConverter implements ITypeConverter<RolloutRule> {
        @Override
        public RolloutRule convert(String value) {
            return rule(value);
        }
    }

    public static final class PhaseConverter implements ITypeConverter<Phase> {
        @Override
        public Phase convert(String value) {
            return phase(value);
        }
    }

    public static final class OrderConverter implements ITypeConverter<SchoolOrder> {
        @Override
        public SchoolOrder convert(String value) {
            return order(value);
        }
    }

    public static final class GateConverter implements ITypeConverter<LevelGate> {
        @Override
        public LevelGate convert(String value) {
            return gate(value);
        }
    }

    public static final class TargetConverter implements ITypeConverter<Target> {
        @Override
        public Target convert(String value) {
            return target(value);
        }
    }

    public static final class SchoolYearConverter implements ITypeConverter<SchoolYear> {
        @Override
        public SchoolYear convert(String value) {
            return schoolYear(value);
        }
    }

    public static final class RoundingConverter implements ITypeConverter<Rounding> {
        @Override
        public Rounding convert(String value) {
            return rounding(value);
        }
    }
}
