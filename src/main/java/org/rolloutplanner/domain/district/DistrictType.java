package org.rolloutplanner.domain.district;

import java.util.Arrays;
import java.util.Optional;

/** What kind of organisation is rolling out. */
public enum DistrictType {
    URBAN("Urban district"),
    SUBURBAN("Suburban district"),
    RURAL("Rural district"),
    COUNTY("County-wide district"),
    CHARTER_NETWORK("Charter network"),
    CONSORTIUM("Consortium of districts"),
    OTHER("Other");

    private final String label;

    DistrictType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<DistrictType> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        return Arrays.stream(values())
                .filter(v -> v.name().equalsIgnoreCase(t) || v.label.equalsIgnoreCase(t)
                        || v.label.toLowerCase().startsWith(t.toLowerCase()))
                .findFirst();
    }

    @Override
    public String toString() {
        return label;
    }
}
