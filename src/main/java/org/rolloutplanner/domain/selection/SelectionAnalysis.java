package org.rolloutplanner.domain.selection;

import java.util.List;

/**
 * The committee's results in one call: aggregates, eligibility, ranks with tie-breaks, agreement between reviewers and
 * the rank bands under weight variation.
 *
 * @param bands rank band per line of {@code ranking} (null for applicants without a rank)
 */
public record SelectionAnalysis(AggregationMethod method, List<TieBreak> tieBreaks, long seed,
        List<Aggregation.ApplicantScore> scores, List<Ranking.Ranked> ranking, Agreement.Result agreement,
        Sensitivity.Band[] bands) {

    public static final int DRAWS = 1000;
    public static final double SPREAD = 0.20;

    public static SelectionAnalysis run(ScoreSheet sheet, AggregationMethod method, List<TieBreak> tieBreaks, long seed) {
        return run(sheet, method, tieBreaks, seed, DRAWS, SPREAD);
    }

    public static SelectionAnalysis run(ScoreSheet sheet, AggregationMethod method, List<TieBreak> tieBreaks, long seed,
            int draws, double spread) {
        double[][] byCriterion = Aggregation.perCriterion(sheet, method);
        List<Aggregation.ApplicantScore> scores = Aggregation.aggregate(sheet, byCriterion);
        List<Ranking.Ranked> ranking = Ranking.rank(scores, tieBreaks, seed);
        Agreement.Result agreement = Agreement.of(sheet);
        Sensitivity.Band[] bands = Sensitivity.bands(sheet, byCriterion, ranking, draws, spread, seed);
        return new SelectionAnalysis(method, List.copyOf(tieBreaks), seed, scores, ranking, agreement, bands);
    }

    public CohortBuilder.Result cohort(int seats, List<CohortRule> rules) {
        return CohortBuilder.build(CohortBuilder.Candidate.from(ranking), seats, rules);
    }
}
