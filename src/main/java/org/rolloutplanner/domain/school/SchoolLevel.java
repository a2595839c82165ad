package org.rolloutplanner.domain.school;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The level of a school, as districts name them. {@link #code()} is what files and the database hold. */
public enum SchoolLevel {
    ELEMENTARY("elementary", "Elementary"),
    MIDDLE("middle", "Middle"),
    HIGH("high", "High"),
    K8("k-8", "K-8"),
    SIX_TWELVE("6-12", "6-12"),
    OTHER("other", "Other");

    private final String code;
    private final String label;

    SchoolLevel(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** Secondary schools serve grades 6–12 in some form (middle, high, 6-12). */
    public boolean isSecondary() {
        return this == MIDDLE || this == HIGH || this == SIX_TWELVE;
    }

    /**
     * Reads a level as people write it: "Elementary", "elem", "K-8", "K8", "6-12", "High School"…
     * Returns empty when the text names no level we know.
     */
    public static Optional<SchoolLevel> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toLowerCase(Locale.ROOT).replace('–', '-').replace(" school", "").replace("_", "-");
        if (t.isEmpty()) {
            return Optional.empty();
        }
        return switch (t) {
            case "elementary", "elem", "es", "primary" -> Optional.of(ELEMENTARY);
            case "middle", "ms", "junior high", "intermediate" -> Optional.of(MIDDLE);
            case "high", "hs", "secondary" -> Optional.of(HIGH);
            case "k-8", "k8", "k-8 school", "elementary-middle" -> Optional.of(K8);
            case "6-12", "6 to 12", "six-twelve", "middle-high" -> Optional.of(SIX_TWELVE);
            case "other", "ungraded", "not applicable" -> Optional.of(OTHER);
            default -> Arrays.stream(values()).filter(l -> l.name().equalsIgnoreCase(t)).findFirst();
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
