package org.rolloutplanner.domain.selection;

/** Where an applicant school stands in a round. */
public enum ApplicantStatus {
    APPLIED("applied"), WITHDRAWN("withdrawn"), ELIGIBLE("eligible"), NOT_ELIGIBLE("not eligible");

    private final String label;

    ApplicantStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
