package org.rolloutplanner.domain.rollout;

import java.util.ArrayList;
import java.util.List;
import org.rolloutplanner.domain.school.School;
import org.rolloutplanner.domain.school.SchoolLevel;

/** Rosters for the worked cases, built in code so every number in a test can be checked by hand. */
final class Rosters {

    private Rosters() {
    }

    static School school(String id, SchoolLevel level, int enrollment, Double readiness) {
        return new School(0, id, "School " + id, level, "", "", enrollment, 60.0, "", "", readiness, null);
    }

    static School school(String id, SchoolLevel level, int enrollment, double frl, Double readiness) {
        return new School(0, id, "School " + id, level, "", "", enrollment, frl, "", "", readiness, null);
    }

    /**
     * {@code count} schools of a level, ids {@code prefix01}…, enrollment {@code enrollment} each, readiness falling with
     * the id (prefix01 is the readiest).
     */
    static List<School> schools(String prefix, int count, SchoolLevel level, int enrollment) {
        List<School> out = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            out.add(school(prefix + String.format("%03d", i), level, enrollment, 100.0 - i * 0.5));
        }
        return out;
    }

    /** 50 schools, 41,000-ish students: 4 high (ids H…), 6 middle (M…), 40 elementary (E…). */
    static List<School> fiftySchools() {
        List<School> r = new ArrayList<>();
        r.addAll(schools("H", 4, SchoolLevel.HIGH, 1_800));
        r.addAll(schools("M", 6, SchoolLevel.MIDDLE, 900));
        r.addAll(schools("E", 40, SchoolLevel.ELEMENTARY, 700));
        return r;
    }

    /** 40 elementary and middle schools. */
    static List<School> fortySchools() {
        List<School> r = new ArrayList<>();
        r.addAll(schools("M", 10, SchoolLevel.MIDDLE, 1_200));
        r.addAll(schools("E", 30, SchoolLevel.ELEMENTARY, 950));
        return r;
    }

    /** 142 schools: 20 high, 32 middle, 90 elementary (listed elementary first, so the order is not the roster's). */
    static List<School> hundredFortyTwoSchools() {
        List<School> r = new ArrayList<>();
        r.addAll(schools("E", 90, SchoolLevel.ELEMENTARY, 500));
        r.addAll(schools("M", 32, SchoolLevel.MIDDLE, 800));
        r.addAll(schools("H", 20, SchoolLevel.HIGH, 1_700));
        return r;
    }

    /** 100 schools with 87,000 students: 20 high of 1,800, 30 middle of 900, 50 elementary of 480. */
    static List<School> eightySevenThousandStudents() {
        List<School> r = new ArrayList<>();
        r.addAll(schools("H", 20, SchoolLevel.HIGH, 1_800));
        r.addAll(schools("M", 30, SchoolLevel.MIDDLE, 900));
        r.addAll(schools("E", 50, SchoolLevel.ELEMENTARY, 480));
        return r;
    }

    /** {@code count} elementary schools of 500 students. */
    static List<School> elementary(int count) {
        return schools("S", count, SchoolLevel.ELEMENTARY, 500);
    }
}
