package org.rolloutplanner.app.school;

import java.util.Map;
import java.util.Set;

/**
 * What the scenarios say about one school: the cohort it is pinned to in each scenario, and the scenarios that leave
 * it out. They go with the school when it is deleted, and come back with it when the delete is undone.
 *
 * @param pins       scenario key → cohort number
 * @param exclusions keys of the scenarios that leave the school out
 */
public record SchoolLinks(Map<Long, Integer> pins, Set<Long> exclusions) {

    public static final SchoolLinks NONE = new SchoolLinks(Map.of(), Set.of());

    public SchoolLinks {
        pins = Map.copyOf(pins);
        exclusions = Set.copyOf(exclusions);
    }
}
