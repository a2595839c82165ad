package org.rolloutplanner.domain.selection;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The cohort builder's composition rules as the committee writes them, one a line: {@code level=high:1:} (at least
 * one), {@code region=North::2} (at most two), {@code average frl_percent:60}, {@code each district:1:2},
 * {@code include ID}, {@code exclude ID}. The Selection area reads them from its rules box; a scenario made from a
 * round keeps the text, so its export recomputes the same cohort.
 */
public final class CohortRules {

    /** How to write the rules, for messages. */
    public static final String HELP = "Write one rule a line: level=high:1: (at least one), region=North::2 (at most "
            + "two), average frl_percent:60, each district:1:2, include ID, exclude ID.";

    private CohortRules() {
    }

    /** The rules of the text; blank lines are skipped. Throws IllegalArgumentException naming the line that is wrong. */
    public static List<CohortRule> parse(String text) {
        List<CohortRule> rules = new ArrayList<>();
        int line = 0;
        for (String raw : (text == null ? "" : text).split("\\R")) {
            line++;
            String t = raw.strip();
            if (t.isEmpty()) {
                continue;
            }
            String lower = t.toLowerCase(Locale.ROOT);
            try {
                if (lower.startsWith("average ")) {
                    String[] p = t.substring(8).split(":");
                    rules.add(new CohortRule.MinAverage(p[0].strip().toLowerCase(Locale.ROOT), Double.parseDouble(p[1].strip())));
                } else if (lower.startsWith("each ")) {
                    String[] p = (t.substring(5) + " ").split(":");
                    rules.add(new CohortRule.Quota(p[0].strip().toLowerCase(Locale.ROOT), bound(p[1]), bound(p[2])));
                } else if (lower.startsWith("include ")) {
                    rules.add(new CohortRule.Include(t.substring(8).strip()));
                } else if (lower.startsWith("exclude ")) {
                    rules.add(new CohortRule.Exclude(t.substring(8).strip()));
                } else {
                    int eq = t.indexOf('=');
                    String[] p = (t.substring(eq + 1) + " ").split(":");
                    rules.add(new CohortRule.Count(t.substring(0, eq).strip().toLowerCase(Locale.ROOT), p[0].strip(), bound(p[1]),
                            bound(p[2])));
                }
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("Line " + line + " (\"" + t + "\") is not a rule. " + HELP);
            }
        }
        return rules;
    }

    private static Integer bound(String s) {
        return s.isBlank() ? null : Integer.valueOf(s.strip());
    }
}
