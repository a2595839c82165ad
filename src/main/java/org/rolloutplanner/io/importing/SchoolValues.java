package org.rolloutplanner.io.importing;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.rolloutplanner.domain.school.SchoolLevel;

/**
 * Reading the values of imported school files as people and the CCD write them: grades, levels, numbers and ids
 * that a spreadsheet has turned into numbers. Failures are {@link IllegalArgumentException}s whose message is a
 * plain sentence about the value.
 */
public final class SchoolValues {

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern DECIMAL_ZEROS = Pattern.compile("(\\d+)\\.0+");
    private static final Pattern ORDINAL = Pattern.compile("(ST|ND|RD|TH)( GRADE)?$");
    private static final Pattern EXPONENT = Pattern.compile("[0-9]+(\\.[0-9]+)?[eE][+]?[0-9]+");

    private SchoolValues() {
    }

    /**
     * A grade as the CCD writes it: "PK", "KG", "01"…"13", "UG", "AE"; "" when empty or a missing code. Accepts "K",
     * "Kindergarten", "Pre-K", "1", "1st", "9th".
     */
    public static String grade(String text) {
        String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        if (t.length() == 2 && Character.isDigit(t.charAt(0)) && Character.isDigit(t.charAt(1))) {
            int g = (t.charAt(0) - '0') * 10 + (t.charAt(1) - '0');
            if (g >= 1 && g <= 13) {
                return t; // "01".."13", the CCD's own form
            }
        }
        if (t.isEmpty() || t.equals("N") || t.equals("M") || CcdCodes.isMissing(t)) {
            return "";
        }
        String known = namedGrade(t);
        if (known == null && !Character.isDigit(t.charAt(0))) {
            t = ORDINAL.matcher(t).replaceAll("").replace("GRADE ", "").strip(); // "GRADE 9"
        } else if (known == null) {
            t = ORDINAL.matcher(t).replaceAll("").strip(); // "9TH"
        }
        if (known != null) {
            return known;
        }
        if (DIGITS.matcher(t).matches() || DECIMAL_ZEROS.matcher(t).matches()) {
            int dot = t.indexOf('.');
            int g = Integer.parseInt(dot < 0 ? t : t.substring(0, dot));
            if (g >= 1 && g <= 13) {
                return String.format(Locale.ROOT, "%02d", g);
            }
        }
        throw new IllegalArgumentException("\"" + text.strip() + "\" is not a grade. Use PK, KG or 1 to 12.");
    }

    private static String namedGrade(String t) {
        return switch (t) {
            case "K", "KG", "KINDERGARTEN", "KINDER" -> "KG";
            case "PK", "PRE-K", "PREK", "PRE-KINDERGARTEN", "PREKINDERGARTEN" -> "PK";
            case "UG", "UNGRADED" -> "UG";
            case "AE", "ADULT EDUCATION" -> "AE";
            default -> null;
        };
    }

    /** PK = -1, KG = 0, 01..13 = 1..13; null for empty, UG, AE. */
    static Integer gradeNumber(String grade) {
        return switch (grade) {
            case "PK" -> -1;
            case "KG" -> 0;
            case "", "UG", "AE" -> null;
            default -> Integer.parseInt(grade);
        };
    }

    /** The level a grade span suggests (PK-05 elementary, 06-08 middle, 09-12 high, KG-08 K-8, 06-12 6-12). */
    public static Optional<SchoolLevel> levelFromGrades(String low, String high) {
        Integer lo = gradeNumber(low);
        Integer hi = gradeNumber(high);
        if (lo == null || hi == null || hi < lo) {
            return Optional.empty();
        }
        SchoolLevel l;
        if (hi <= 6) {
            l = SchoolLevel.ELEMENTARY;
        } else if (lo >= 9) {
            l = SchoolLevel.HIGH;
        } else if (lo >= 5 && hi <= 9) {
            l = SchoolLevel.MIDDLE;
        } else if (lo <= 2 && hi <= 9) {
            l = SchoolLevel.K8;
        } else if (lo >= 6 && hi >= 12) {
            l = SchoolLevel.SIX_TWELVE;
        } else {
            l = SchoolLevel.OTHER;
        }
        return Optional.of(l);
    }

    /**
     * A level as people or the CCD write it: the app's own names, the CCD's text ("Elementary", "Middle", "High",
     * "Secondary", "Other", "Not applicable"…) and the older CCD codes (1 primary, 2 middle, 3 high, 4 other, N). Levels
     * the CCD gives as "Other" or "Not applicable" are taken from the grade span when it says more. Empty when the
     * text names no level.
     */
    public static Optional<SchoolLevel> level(String text, String gradeLow, String gradeHigh) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        Optional<SchoolLevel> fromGrades = levelFromGrades(gradeLow, gradeHigh);
        switch (t) {
            case "1", "primary" -> {
                return Optional.of(SchoolLevel.ELEMENTARY);
            }
            case "2" -> {
                return Optional.of(SchoolLevel.MIDDLE);
            }
            case "3" -> {
                return Optional.of(SchoolLevel.HIGH);
            }
            case "4", "other", "n", "not applicable", "not reported", "ungraded", "prekindergarten", "adult education",
                    "missing", "-1", "-2", "-9" -> {
                return Optional.of(fromGrades.orElse(SchoolLevel.OTHER));
            }
            case "" -> {
                return fromGrades;
            }
            default -> {
                return SchoolLevel.parse(t);
            }
        }
    }

    /**
     * A number as people write it ("1,250", "45.5%", " 12 "); null when empty, "n/a" or a word the CCD uses for
     * missing ("Not reported"). Negative numbers stay negative here: the CCD's -1/-2/-9 are handled by the CCD reader.
     */
    public static Double number(String text, String what) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty() || (!Character.isDigit(t.charAt(0)) && (t.equalsIgnoreCase("n/a") || t.equalsIgnoreCase("na")
                || CcdCodes.isMissingWord(t)))) {
            return null;
        }
        String c = t.replace(",", "").replace("$", "").strip();
        if (c.endsWith("%")) {
            c = c.substring(0, c.length() - 1).strip();
        }
        try {
            double d = Double.parseDouble(c);
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " is not a number (the cell says \"" + t + "\").");
        }
    }

    /**
     * An id as the district writes it. A spreadsheet may have shown a numeric id as "123.0" (repaired to "123") or in
     * exponent form "1.00005E+11": its last digits are then lost, so it is refused unless every digit is still there
     * ("1.00005008701E+11" becomes "100005008701").
     */
    public static String id(String text) {
        String t = text == null ? "" : text.strip();
        if (t.indexOf('.') < 0 && t.indexOf('E') < 0 && t.indexOf('e') < 0) {
            return t; // neither "123.0" nor an exponent form
        }
        var m = DECIMAL_ZEROS.matcher(t);
        if (m.matches()) {
            return m.group(1);
        }
        if (EXPONENT.matcher(t).matches()) {
            String mantissa = t.toUpperCase(Locale.ROOT).split("E")[0].replace(".", "").replaceFirst("^0+", "");
            try {
                String whole = new BigDecimal(t).toBigIntegerExact().toString();
                if (mantissa.length() >= whole.length()) {
                    return whole;
                }
            } catch (ArithmeticException e) {
                // not a whole number: digits are lost too
            }
            throw new IllegalArgumentException("The id \"" + t + "\" was shortened by a spreadsheet (shown as a number in "
                    + "exponent form), so its last digits are lost. Format the column as text in the spreadsheet, or "
                    + "export it again from the original source.");
        }
        return t;
    }

    /**
     * A CCD school id (NCESSCH, 12 digits): the leading zero a spreadsheet drops from states 01–09 is put back
     * ("10000500870" becomes "010000500870").
     */
    public static String ncesSchoolId(String text) {
        return padded(id(text), 12, "school id (NCESSCH)");
    }

    /** A CCD district id (LEAID, 7 digits), with a dropped leading zero put back. */
    public static String ncesDistrictId(String text) {
        return padded(id(text), 7, "district id (LEAID)");
    }

    private static String padded(String id, int length, String what) {
        if (DIGITS.matcher(id).matches() && id.length() == length - 1) {
            return "0" + id;
        }
        if (!id.isEmpty() && DIGITS.matcher(id).matches() && id.length() != length) {
            throw new IllegalArgumentException("\"" + id + "\" is not a CCD " + what + ": it should have " + length
                    + " digits.");
        }
        return id;
    }
}
