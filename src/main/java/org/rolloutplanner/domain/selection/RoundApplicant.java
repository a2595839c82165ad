package org.rolloutplanner.domain.selection;

import java.util.Objects;

/**
 * A school of the roster that applied to a round, with its status; {@code schoolId} is the school's id as the district
 * writes it (the applicant's id in scores and conflicts).
 */
public record RoundApplicant(long schoolKey, String schoolId, ApplicantStatus status, String reason) {

    public RoundApplicant {
        Objects.requireNonNull(schoolId, "schoolId");
        Objects.requireNonNull(status, "status");
        reason = reason == null ? "" : reason.strip();
        if (status == ApplicantStatus.NOT_ELIGIBLE && reason.isEmpty()) {
            throw new IllegalArgumentException("A school that is not eligible needs the reason.");
        }
    }

    public static RoundApplicant applied(long schoolKey, String schoolId) {
        return new RoundApplicant(schoolKey, schoolId, ApplicantStatus.APPLIED, "");
    }
}
