package org.rolloutplanner.domain.selection;

import java.util.List;

/** Everything a round holds: applicants with status, criteria in order, reviewers, conflicts and scores. */
public record RoundContents(SelectionRound round, List<RoundApplicant> applicants, List<Criterion> criteria,
        List<Reviewer> reviewers, List<Conflict> conflicts, List<Score> scores) {

    public RoundContents {
        applicants = List.copyOf(applicants);
        criteria = List.copyOf(criteria);
        reviewers = List.copyOf(reviewers);
        conflicts = List.copyOf(conflicts);
        scores = List.copyOf(scores);
    }
}
