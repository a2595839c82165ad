package org.rolloutplanner.domain.selection;

import java.util.List;
import java.util.Objects;

/**
 * What a selection round decided, for the record (the export's Selection sheet): the round, its criteria with their
 * weights, the results (aggregates, ranks, tie-breaks, rank bands, agreement) and the cohort the cohort builder picks
 * with the seats and composition rules the committee used, with why each school is in or out. Computed by the same
 * code as the Selection area ({@link SelectionAnalysis}, {@link CohortBuilder}).
 *
 * @param seats     seats of the cohort
 * @param rules     the composition rules, in the committee's order
 * @param reviewers members of the committee
 */
public record SelectionOutcome(SelectionRound round, List<Criterion> criteria, List<Reviewer> reviewers,
        SelectionAnalysis analysis, int seats, List<CohortRule> rules, CohortBuilder.Result cohort) {

    public SelectionOutcome {
        Objects.requireNonNull(round, "round");
        Objects.requireNonNull(analysis, "analysis");
        Objects.requireNonNull(cohort, "cohort");
        criteria = List.copyOf(criteria);
        reviewers = List.copyOf(reviewers);
        rules = List.copyOf(rules);
    }

    /** Results of the round's score sheet with its declared method and seed, and the best cohort under the rules. */
    public static SelectionOutcome of(SelectionRound round, ScoreSheet sheet, int seats, List<CohortRule> rules) {
        SelectionAnalysis analysis = SelectionAnalysis.run(sheet, round.method(), TieBreak.DEFAULT, round.seed());
        return new SelectionOutcome(round, sheet.criteria(), sheet.reviewers(), analysis, seats, rules,
                analysis.cohort(seats, rules));
    }

    /** The aggregate of one applicant, with its per-criterion aggregates, if it is in the round. */
    public java.util.Optional<Aggregation.ApplicantScore> score(String applicantId) {
        return analysis.scores().stream().filter(s -> s.applicant().id().equals(applicantId)).findFirst();
    }
}
