package org.rolloutplanner.io.importing;

/** The choice for one column: a field, or a custom attribute with its name, or ignore. */
public record ColumnChoice(ImportField field, String attributeName) {

    public ColumnChoice {
        attributeName = field == ImportField.ATTRIBUTE ? (attributeName == null ? "" : attributeName.strip()) : "";
    }

    public static ColumnChoice of(ImportField field) {
        return new ColumnChoice(field, "");
    }

    public static ColumnChoice attribute(String name) {
        return new ColumnChoice(ImportField.ATTRIBUTE, name);
    }
}
