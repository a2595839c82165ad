package org.rolloutplanner.domain.school;

import java.util.Objects;

/**
 * A school of a district's roster.
 *
 * @param key        the workspace's own number for the row (0 for a school not saved yet); never shown
 * @param id         the school's id as the district writes it (often the 12-character NCES id), kept as text
 * @param name       the school's name
 * @param level      elementary, middle, high, K-8, 6-12 or other
 * @param gradeLow   lowest grade served ("PK", "KG", "01"…), may be empty
 * @param gradeHigh  highest grade served, may be empty
 * @param enrollment students enrolled
 * @param frlPercent share of students eligible for free or reduced-price lunch, 0–100; null when unknown
 * @param region     region or zone of the district, may be empty
 * @param feeder     feeder pattern (the high school the school feeds into), may be empty
 * @param readiness  readiness score 0–100 ("ready, willing and able"); null when not assessed
 * @param teachers   full-time-equivalent teachers; null when unknown
 */
public record School(
        long key,
        String id,
        String name,
        SchoolLevel level,
        String gradeLow,
        String gradeHigh,
        int enrollment,
        Double frlPercent,
        String region,
        String feeder,
        Double readiness,
        Double teachers) {

    public School {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
        gradeLow = gradeLow == null ? "" : gradeLow;
        gradeHigh = gradeHigh == null ? "" : gradeHigh;
        region = region == null ? "" : region;
        feeder = feeder == null ? "" : feeder;
    }

    public School withKey(long newKey) {
        return new School(newKey, id, name, level, gradeLow, gradeHigh, enrollment, frlPercent, region, feeder, readiness, teachers);
    }

    /** Low-income students, estimated from the free/reduced-lunch share (0 when unknown). */
    public double lowIncomeStudents() {
        return frlPercent == null ? 0 : enrollment * frlPercent / 100.0;
    }
}
