package org.rolloutplanner.domain.district;

import java.util.ArrayList;
import java.util.List;

/**
 * A district's profile: its type and state, and the optional snapshot figures published about it.
 * Figures are text (see {@link SnapshotFigure}) so that "40-80%" and "n/a" survive as written.
 */
public record DistrictProfile(
        DistrictType type,
        String state,
        String students,
        String teachers,
        String frlEligibility,
        String graduationRate,
        String perPupilSpend) {

    public static final DistrictProfile EMPTY = new DistrictProfile(DistrictType.OTHER, "", "", "", "", "", "");

    public DistrictProfile {
        type = type == null ? DistrictType.OTHER : type;
        state = clean(state);
        students = clean(students);
        teachers = clean(teachers);
        frlEligibility = clean(frlEligibility);
        graduationRate = clean(graduationRate);
        perPupilSpend = clean(perPupilSpend);
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip();
    }

    /** Every problem of the profile, one sentence each; empty when it is fine. */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        if (state.length() > 40) {
            out.add("The state is longer than 40 characters.");
        }
        SnapshotFigure.problem("Students", students).ifPresent(out::add);
        SnapshotFigure.problem("Teachers", teachers).ifPresent(out::add);
        SnapshotFigure.problem("Free/reduced-lunch eligibility", frlEligibility).ifPresent(out::add);
        SnapshotFigure.problem("Graduation rate", graduationRate).ifPresent(out::add);
        SnapshotFigure.problem("Per-pupil spend", perPupilSpend).ifPresent(out::add);
        return out;
    }
}
