package org.rolloutplanner.domain.rollout;

import java.time.YearMonth;
import java.util.Objects;
import java.util.Set;

/**
 * A group of schools that take "only components" until a month (e.g. elementary schools wait for a digital
 * platform). They are placed in cohorts as usual and flagged as components-only until {@code until}.
 *
 * @param schoolIds the schools of the group
 * @param until     the first month in which they take the whole model
 * @param reason    why, in a few words; may be empty
 */
public record PartialAdoption(Set<String> schoolIds, YearMonth until, String reason) {

    public PartialAdoption {
        schoolIds = Set.copyOf(schoolIds);
        Objects.requireNonNull(until, "until");
        reason = reason == null ? "" : reason;
    }
}
