package org.rolloutplanner.app.scenario;

import java.util.Objects;

/**
 * The selection round a scenario's first cohort came from ("Use as first cohort of a scenario…" in the Selection
 * area), with the seats and composition rules of the committee's cohort builder, so the export can show the Selection
 * sheet of that round.
 *
 * @param roundKey the workspace's number for the round
 * @param seats    seats of the committee's cohort
 * @param rules    the composition rules as written, one a line (see {@code CohortRules}); "" for none
 */
public record SelectionOrigin(long roundKey, int seats, String rules) {

    public SelectionOrigin {
        Objects.requireNonNull(rules, "rules");
        if (seats < 1) {
            throw new IllegalArgumentException("A cohort has at least one seat.");
        }
    }
}
