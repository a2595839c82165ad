package org.rolloutplanner.domain.rollout;

import java.time.YearMonth;
import java.util.Map;

/**
 * Changes to one cohort: a different start month (mid-year starts such as January happen) and different
 * phase lengths.
 *
 * @param cohort the cohort number (1, 2, …)
 * @param start  the month the cohort's first phase starts, or null to keep the start of its school year
 * @param months phase name → months (null value = open-ended, last phase only); phases not named keep the template's length
 */
public record CohortOverride(int cohort, YearMonth start, Map<String, Integer> months) {

    public CohortOverride {
        if (cohort < 1) {
            throw new IllegalArgumentException("Cohorts are numbered from 1 (it was " + cohort + ").");
        }
        months = months == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(months));
    }

    public static CohortOverride startingIn(int cohort, YearMonth start) {
        return new CohortOverride(cohort, start, Map.of());
    }
}
