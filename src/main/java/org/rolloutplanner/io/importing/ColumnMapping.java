package org.rolloutplanner.io.importing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which school field each column of a file holds, in file order. {@link #guess} fills it from the header: the app's
 * own roster CSV and the CCD's column names map themselves; other names are matched without regard to case, spaces
 * and punctuation, with common synonyms ("School Name", "Enrolment", "FRL %", "Low grade"…). Unmatched columns are kept
 * as custom attributes under their own name.
 */
public record ColumnMapping(List<String> header, List<ColumnChoice> choices) {

    public ColumnMapping {
        header = List.copyOf(header);
        choices = List.copyOf(choices);
        if (header.size() != choices.size()) {
            throw new IllegalArgumentException("one choice per column");
        }
    }

    public static ColumnMapping guess(List<String> header) {
        List<ColumnChoice> choices = new ArrayList<>();
        Set<ImportField> taken = new HashSet<>();
        Set<String> attributeNames = new HashSet<>();
        for (String h : header) {
            ImportField f = HeaderNames.fieldOf(h);
            if (f != null && taken.add(f) && !(f == ImportField.FRL_COUNT && taken.contains(ImportField.FRL_PERCENT))
                    && !(f == ImportField.FRL_PERCENT && taken.contains(ImportField.FRL_COUNT))) {
                choices.add(ColumnChoice.of(f));
            } else {
                String name = h.strip();
                String unique = name;
                for (int n = 2; !attributeNames.add(unique.toLowerCase(Locale.ROOT)); n++) {
                    unique = name + " (" + n + ")";
                }
                choices.add(ColumnChoice.attribute(unique));
            }
        }
        return new ColumnMapping(header, choices);
    }

    public ColumnMapping with(int column, ColumnChoice choice) {
        List<ColumnChoice> c = new ArrayList<>(choices);
        c.set(column, choice);
        return new ColumnMapping(header, c);
    }

    /** The column of each field used (the first, if a field is chosen twice). */
    public Map<ImportField, Integer> columnsOfFields() {
        Map<ImportField, Integer> m = new EnumMap<>(ImportField.class);
        for (int i = 0; i < choices.size(); i++) {
            ImportField f = choices.get(i).field();
            if (f != ImportField.ATTRIBUTE && f != ImportField.IGNORE) {
                m.putIfAbsent(f, i);
            }
        }
        return m;
    }

    /** What is wrong with the mapping itself (no row can fix it): a missing id or name column, a field chosen twice. */
    public List<String> problems() {
        List<String> p = new ArrayList<>();
        Map<ImportField, Integer> used = new EnumMap<>(ImportField.class);
        Set<String> attrs = new HashSet<>();
        for (int i = 0; i < choices.size(); i++) {
            ColumnChoice c = choices.get(i);
            if (c.field() == ImportField.ATTRIBUTE) {
                if (c.attributeName().isEmpty()) {
                    p.add("Column \"" + header.get(i) + "\" is kept as a custom attribute but has no name. Give it one.");
                } else if (!attrs.add(c.attributeName().toLowerCase(Locale.ROOT))) {
                    p.add("Two columns are kept under the same attribute name \"" + c.attributeName() + "\". Rename one.");
                }
                continue;
            }
            if (c.field() == ImportField.IGNORE) {
                continue;
            }
            Integer before = used.put(c.field(), i);
            if (before != null) {
                p.add("Columns \"" + header.get(before) + "\" and \"" + header.get(i) + "\" are both mapped to "
                        + c.field().label() + ". Map only one of them.");
            }
        }
        if (used.containsKey(ImportField.FRL_PERCENT) && used.containsKey(ImportField.FRL_COUNT)) {
            p.add("Map either a free/reduced lunch percentage or a count of students, not both.");
        }
        if (used.containsKey(ImportField.FRL_COUNT) && !used.containsKey(ImportField.ENROLLMENT)) {
            p.add("A count of free/reduced lunch students needs an enrollment column to work out the percentage. Map "
                    + "a column to Enrollment too.");
        }
        if (!used.containsKey(ImportField.ID)) {
            p.add("No column is mapped to School ID. Every school needs an ID so that a later import can update it.");
        }
        if (!used.containsKey(ImportField.NAME)) {
            p.add("No column is mapped to Name. Every school needs a name.");
        }
        return p;
    }
}
