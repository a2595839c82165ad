package org.rolloutplanner.domain.selection;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/** Declared rules that order applicants with equal aggregated scores, applied in the committee's order. */
public enum TieBreak {
    HIGHER_LOW_INCOME("higher low-income share", "frl"),
    LARGER_ENROLLMENT("larger enrollment", "enrollment"),
    LOTTERY("lottery", "lottery");

    private final String description;
    private final String code;

    TieBreak(String description, String code) {
        this.description = description;
        this.code = code;
    }

    public String description() {
        return description;
    }

    /** The short name used on the command line and in the workspace ("frl", "enrollment", "lottery"). */
    public String code() {
        return code;
    }

    public static final List<TieBreak> DEFAULT = List.of(HIGHER_LOW_INCOME, LARGER_ENROLLMENT, LOTTERY);

    /**
     * The order as declared, duplicates dropped and the lottery last (added when missing), so that every tie is broken
     * and the order can be reproduced from the recorded seed.
     */
    public static List<TieBreak> declared(List<TieBreak> order) {
        LinkedHashSet<TieBreak> out = new LinkedHashSet<>(order);
        out.remove(LOTTERY);
        out.add(LOTTERY);
        return List.copyOf(out);
    }

    /** "frl,enrollment,lottery" → the declared order; unknown names throw with a plain message. */
    public static List<TieBreak> parse(String text) {
        List<TieBreak> out = new ArrayList<>();
        for (String part : text.split(",")) {
            String p = part.strip().toLowerCase(Locale.ROOT);
            if (p.isEmpty()) {
                continue;
            }
            TieBreak found = null;
            for (TieBreak t : values()) {
                if (t.code.equals(p) || t.name().equalsIgnoreCase(p)) {
                    found = t;
                }
            }
            if (found == null) {
                throw new IllegalArgumentException("\"" + part.strip() + "\" is not a tie-break; use frl, enrollment and lottery.");
            }
            if (out.contains(found)) {
                throw new IllegalArgumentException("The tie-break " + found.code + " is named twice.");
            }
            out.add(found);
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("Name at least one tie-break: frl, enrollment or lottery.");
        }
        return declared(out);
    }

    /** "frl,enrollment,lottery". */
    public static String format(List<TieBreak> order) {
        return String.join(",", order.stream().map(TieBreak::code).toList());
    }

    /** "higher low-income share, then larger enrollment, then lottery". */
    public static String describe(List<TieBreak> order) {
        return String.join(", then ", order.stream().map(TieBreak::description).toList());
    }
}
