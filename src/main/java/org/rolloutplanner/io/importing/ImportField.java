package org.rolloutplanner.io.importing;

import org.rolloutplanner.domain.school.SchoolField;

/** What a column of an imported file holds: a school field, a custom attribute kept by name, or nothing to keep. */
public enum ImportField {
    ID("School ID", SchoolField.ID),
    NAME("Name", SchoolField.NAME),
    LEVEL("Level", SchoolField.LEVEL),
    GRADE_LOW("Lowest grade", SchoolField.GRADE_LOW),
    GRADE_HIGH("Highest grade", SchoolField.GRADE_HIGH),
    ENROLLMENT("Enrollment", SchoolField.ENROLLMENT),
    FRL_PERCENT("Free/reduced lunch %", SchoolField.FRL_PERCENT),
    FRL_COUNT("Free/reduced lunch students (count)", SchoolField.FRL_PERCENT),
    TEACHERS("Teachers (FTE)", SchoolField.TEACHERS),
    REGION("Region", SchoolField.REGION),
    FEEDER("Feeder pattern", SchoolField.FEEDER),
    READINESS("Readiness", SchoolField.READINESS),
    ATTRIBUTE("Keep as custom attribute", null),
    IGNORE("Do not import", null);

    private final String label;
    private final SchoolField schoolField;

    ImportField(String label, SchoolField schoolField) {
        this.label = label;
        this.schoolField = schoolField;
    }

    public String label() {
        return label;
    }

    /** The school field this column sets, or null for an attribute or an ignored column. */
    public SchoolField schoolField() {
        return schoolField;
    }

    @Override
    public String toString() {
        return label;
    }
}
