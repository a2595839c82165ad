package org.rolloutplanner.io.importing;

import java.util.Locale;
import java.util.Set;

/** The CCD's ways of saying "no value": -1 missing, -2 not applicable, -9 suppressed (and the newer files' words). */
final class CcdCodes {

    private static final Set<String> MISSING = Set.of("-1", "-2", "-3", "-4", "-9", "-1.0", "-2.0", "-9.0", "missing",
            "not applicable", "not reported", "suppressed", "†", "‡", "–", "—");

    private CcdCodes() {
    }

    /** "Missing", "Not applicable", "Not reported"… (not the negative numbers, which only CCD files use so). */
    static boolean isMissingWord(String text) {
        String t = text.strip();
        return !t.startsWith("-") && isMissing(t);
    }

    static boolean isMissing(String text) {
        return MISSING.contains(text.strip().toLowerCase(Locale.ROOT));
    }
}
