package org.rolloutplanner.domain.selection;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A selection round of a district, such as "Pilot cohort 2015": seats to fill, a deadline, and for a funnel the round
 * it follows (stage 2 of "11 design teams → 7 awards"). The declared aggregation method and lottery seed are kept so
 * the published ranking can be reproduced.
 *
 * @param key       the workspace's number for the round (0 before it is saved)
 * @param parentKey the round this stage follows, or null
 */
public record SelectionRound(long key, long districtKey, String name, int seats, LocalDate deadline, Long parentKey,
        int stage, AggregationMethod method, long seed) {

    public SelectionRound {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(method, "method");
        if (seats < 1) {
            throw new IllegalArgumentException("A round needs at least one seat.");
        }
        if (stage < 1) {
            throw new IllegalArgumentException("The stage of a round starts at 1.");
        }
    }

    public SelectionRound withName(String newName) {
        return new SelectionRound(key, districtKey, newName, seats, deadline, parentKey, stage, method, seed);
    }

    public SelectionRound withSeats(int newSeats) {
        return new SelectionRound(key, districtKey, name, newSeats, deadline, parentKey, stage, method, seed);
    }

    public SelectionRound withMethod(AggregationMethod newMethod) {
        return new SelectionRound(key, districtKey, name, seats, deadline, parentKey, stage, newMethod, seed);
    }

    public SelectionRound withKey(long newKey) {
        return new SelectionRound(newKey, districtKey, name, seats, deadline, parentKey, stage, method, seed);
    }
}
