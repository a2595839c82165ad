package org.rolloutplanner.io.importing;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Column names people and the CCD use for school fields, matched without case, spaces or punctuation. */
final class HeaderNames {

    private static final Map<String, ImportField> NAMES = new HashMap<>();

    static {
        put(ImportField.ID, "id", "school id", "schoolid", "school code", "code", "ncessch", "nces id", "nces school id",
                "school number", "school no", "school #", "school_code");
        put(ImportField.NAME, "name", "school name", "sch_name", "schnam", "school");
        put(ImportField.LEVEL, "level", "school level", "level name", "grade level", "school type level");
        put(ImportField.GRADE_LOW, "grade_low", "grade low", "low grade", "lowest grade", "gslo", "grade from",
                "min grade", "grades from", "grade span low", "lowest grade offered");
        put(ImportField.GRADE_HIGH, "grade_high", "grade high", "high grade", "highest grade", "gshi", "grade to",
                "max grade", "grades to", "grade span high", "highest grade offered");
        put(ImportField.ENROLLMENT, "enrollment", "enrolment", "students", "member", "membership", "total enrollment",
                "total students", "number of students", "enroll", "student enrollment", "total membership");
        put(ImportField.FRL_PERCENT, "frl_percent", "frl %", "frl", "frl pct", "percent frl", "% frl", "pct frl",
                "free/reduced lunch %", "free reduced lunch %", "free and reduced lunch %", "free/reduced lunch",
                "free and reduced lunch", "free/reduced-price lunch %", "frl percentage", "low income %",
                "low-income %", "percent low income", "% low income", "low income percent");
        put(ImportField.FRL_COUNT, "totfrl", "frl count", "frl students", "number frl", "free/reduced lunch count",
                "free and reduced lunch count", "free/reduced lunch students", "free and reduced lunch students",
                "low income students", "number of low income students");
        put(ImportField.TEACHERS, "teachers", "fte", "teachers fte", "teacher fte", "fte teachers", "number of teachers",
                "teacher count", "teachers (fte)", "classroom teachers");
        put(ImportField.REGION, "region", "zone", "area", "region/zone", "network", "district region");
        put(ImportField.FEEDER, "feeder", "feeder pattern", "feeder school", "feeder system", "feeds into");
        put(ImportField.READINESS, "readiness", "readiness score", "ready", "readiness %");
    }

    private HeaderNames() {
    }

    private static void put(ImportField f, String... names) {
        for (String n : names) {
            NAMES.put(normalise(n), f);
        }
    }

    /** "Free / Reduced Lunch %" -> "freereducedlunchpercent". */
    static String normalise(String header) {
        String s = header.strip().toLowerCase(Locale.ROOT).replace("%", "percent").replace("#", "number");
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The field a header names, or null. */
    static ImportField fieldOf(String header) {
        if (header == null) {
            return null;
        }
        return NAMES.get(normalise(header.startsWith("\uFEFF") ? header.substring(1) : header));
    }

    /** Index of the first column whose name is one of {@code names} (case-insensitive), or -1. */
    static int indexOf(List<String> header, String... names) {
        for (String n : names) {
            for (int i = 0; i < header.size(); i++) {
                if (header.get(i).strip().equalsIgnoreCase(n)) {
                    return i;
                }
            }
        }
        return -1;
    }
}
