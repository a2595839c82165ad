package org.rolloutplanner.domain.selection;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A selection round of a district, such as "Pilot cohort 2015": seats to fill, a deadline, and for a funnel the round
 * it follows (stage 2 of "11 design teams → 7 awards"). The declared aggregation method, tie-break order and lottery
 * seed are kept so the published ranking can be reproduced.
 *
 * @param key       the workspace's number for the round (0 before it is saved)
 * @param parentKey the round this stage follows, or null
 * @param blind     school names are hidden from reviewers (score grid and workbooks show "Applicant 1", "Applicant 2"…)
 * @param tieBreaks the committee's declared order of tie-breaks (the lottery always comes last)
 */
public record SelectionRound(long key, long districtKey, String name, int seats, LocalDate deadline, Long parentKey,
        int stage, AggregationMethod method, long seed, boolean blind, List<TieBreak> tieBreaks) {

    public SelectionRound {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(method, "method");
        if (seats < 1) {
            throw new IllegalArgumentException("A round needs at least one seat.");
        }
        if (stage < 1) {
            throw new IllegalArgumentException("The stage of a round starts at 1.");
        }
        tieBreaks = TieBreak.declared(tieBreaks == null ? TieBreak.DEFAULT : tieBreaks);
    }

    /** A round that is not blind, with the default tie-break order. */
    public SelectionRound(long key, long districtKey, String name, int seats, LocalDate deadline, Long parentKey, int stage,
            AggregationMethod method, long seed) {
        this(key, districtKey, name, seats, deadline, parentKey, stage, method, seed, false, TieBreak.DEFAULT);
    }

    public SelectionRound withName(String newName) {
        return new SelectionRound(key, districtKey, newName, seats, deadline, parentKey, stage, method, seed, blind, tieBreaks);
    }

    public SelectionRound withSeats(int newSeats) {
        return new SelectionRound(key, districtKey, name, newSeats, deadline, parentKey, stage, method, seed, blind, tieBreaks);
    }

    public SelectionRound withMethod(AggregationMethod newMethod) {
        return new SelectionRound(key, districtKey, name, seats, deadline, parentKey, stage, newMethod, seed, blind, tieBreaks);
    }

    public SelectionRound withKey(long newKey) {
        return new SelectionRound(newKey, districtKey, name, seats, deadline, parentKey, stage, method, seed, blind, tieBreaks);
    }

    public SelectionRound withBlind(boolean newBlind) {
        return new SelectionRound(key, districtKey, name, seats, deadline, parentKey, stage, method, seed, newBlind, tieBreaks);
    }

    public SelectionRound withTieBreaks(List<TieBreak> newOrder) {
        return new SelectionRound(key, districtKey, name, seats, deadline, parentKey, stage, method, seed, blind, newOrder);
    }

    public SelectionRound withDeadline(LocalDate newDeadline) {
        return new SelectionRound(key, districtKey, name, seats, newDeadline, parentKey, stage, method, seed, blind, tieBreaks);
    }

    public SelectionRound withSeed(long newSeed) {
        return new SelectionRound(key, districtKey, name, seats, deadline, parentKey, stage, method, newSeed, blind, tieBreaks);
    }
}
