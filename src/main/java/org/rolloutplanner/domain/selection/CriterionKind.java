package org.rolloutplanner.domain.selection;

/** Essential criteria are pass/fail gates; preferred criteria are weighted and scored on a rubric scale. */
public enum CriterionKind {
    ESSENTIAL("essential"), PREFERRED("preferred");

    private final String word;

    CriterionKind(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    public static java.util.Optional<CriterionKind> parse(String text) {
        for (CriterionKind k : values()) {
            if (k.word.equalsIgnoreCase(text.strip())) {
                return java.util.Optional.of(k);
            }
        }
        return java.util.Optional.empty();
    }
}
