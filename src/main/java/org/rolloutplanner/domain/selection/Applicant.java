package org.rolloutplanner.domain.selection;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A school that applied to a selection round, with the school data the committee's rules read: {@code level},
 * {@code region}, {@code enrollment}, {@code frl_percent} and any other column (governance, district…), by lower-case
 * field name.
 */
public record Applicant(String id, String name, Map<String, String> fields) {

    public static final String ENROLLMENT = "enrollment";
    public static final String FRL_PERCENT = "frl_percent";

    public Applicant {
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name;
        Map<String, String> copy = new LinkedHashMap<>();
        if (fields != null) {
            fields.forEach((k, v) -> copy.put(k.strip().toLowerCase(Locale.ROOT), v == null ? "" : v.strip()));
        }
        fields = Collections.unmodifiableMap(copy);
    }

    /** The text of a field ("" when absent). */
    public String value(String field) {
        return fields.getOrDefault(field.strip().toLowerCase(Locale.ROOT), "");
    }

    /** The field as a number, empty when absent or not a number. */
    public OptionalDouble number(String field) {
        String text = value(field).replace(",", "").replace("%", "").strip();
        if (text.isEmpty()) {
            return OptionalDouble.empty();
        }
        try {
            double d = Double.parseDouble(text);
            return Double.isFinite(d) ? OptionalDouble.of(d) : OptionalDouble.empty();
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    /** Whether the field holds the value (case and surrounding spaces ignored). */
    public boolean has(String field, String expected) {
        return value(field).equalsIgnoreCase(expected.strip());
    }

    public String label() {
        return name.isBlank() ? id : name + " (" + id + ")";
    }
}
