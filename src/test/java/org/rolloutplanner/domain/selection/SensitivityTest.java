package org.rolloutplanner.domain.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rolloutplanner.domain.selection.Sheets.applicant;
import static org.rolloutplanner.domain.selection.Sheets.reviewers;
import static org.rolloutplanner.domain.selection.Sheets.scores;

import java.util.List;
import org.junit.jupiter.api.Test;

class SensitivityTest {

    static final List<Criterion> CRITERIA = List.of(Criterion.preferred("P1", "Leadership", 1, 1, 4),
            Criterion.preferred("P2", "Engagement", 1, 1, 4));

    @Test
    void aClearLeaderKeepsItsRankAndNearTiesSwapUnderWeightChanges() {
        // A: 4,4 (always first). B: 3,1 = 2.0, C: 1,3 = 2.0 at equal weights; ±20% on each weight moves them either way
        var sheet = new ScoreSheet(List.of(applicant("A", 500, 50), applicant("B", 500, 50), applicant("C", 500, 50)), CRITERIA,
                reviewers("R1"), scores("R1 A P1 4", "R1 A P2 4", "R1 B P1 3", "R1 B P2 1", "R1 C P1 1", "R1 C P2 3"), List.of());
        var analysis = SelectionAnalysis.run(sheet, AggregationMethod.MEAN, TieBreak.DEFAULT, 3);
        assertThat(analysis.bands()[0]).isEqualTo(new Sensitivity.Band(1, 1));
        assertThat(analysis.bands()[1]).isEqualTo(new Sensitivity.Band(2, 3));
        assertThat(analysis.bands()[2]).isEqualTo(new Sensitivity.Band(2, 3));
    }

    @Test
    void aGapLargerThanTheWeightSpreadCanCoverKeepsTheRanksFixed() {
        // B: 3,2 = 2.5; C: 2,2 = 2.0: B ≥ C under any weights
        var sheet = new ScoreSheet(List.of(applicant("B", 500, 50), applicant("C", 500, 50)), CRITERIA, reviewers("R1"),
                scores("R1 B P1 3", "R1 B P2 2", "R1 C P1 2", "R1 C P2 2"), List.of());
        var analysis = SelectionAnalysis.run(sheet, AggregationMethod.MEAN, TieBreak.DEFAULT, 3);
        assertThat(analysis.bands()).containsExactly(new Sensitivity.Band(1, 1), new Sensitivity.Band(2, 2));
        assertThat(analysis.bands()[1].describe()).isEqualTo("always 2");
    }

    @Test
    void percentilesLeaveOutTheRareDrawsThatReachTheEndsOfTheBand() {
        // B: 3,1; C: 1,2.4. B is ahead unless the weight of P1 falls below 0.7 × the weight of P2, which happens in
        // well under 5% of draws with ±20% on each weight: both reach ranks 2 and 3, but nine draws in ten keep the order.
        var sheet = new ScoreSheet(List.of(applicant("A", 500, 50), applicant("B", 500, 50), applicant("C", 500, 50)), CRITERIA,
                reviewers("R1"), scores("R1 A P1 4", "R1 A P2 4", "R1 B P1 3", "R1 B P2 1", "R1 C P1 1", "R1 C P2 2.4"),
                List.of());
        var analysis = SelectionAnalysis.run(sheet, AggregationMethod.MEAN, TieBreak.DEFAULT, 3);
        assertThat(analysis.ranking().get(1).applicant().id()).isEqualTo("B");
        assertThat(analysis.bands()[1]).isEqualTo(new Sensitivity.Band(2, 3, 2, 2));
        assertThat(analysis.bands()[2]).isEqualTo(new Sensitivity.Band(2, 3, 3, 3));
        assertThat(analysis.bands()[1].describe()).isEqualTo("2–3 (5th–95th percentile: 2)");
    }

    @Test
    void nearestRankPercentilesOfAHistogram() {
        // 20 draws: rank 1 once, rank 2 eighteen times, rank 3 once
        int[] counts = {1, 18, 1};
        assertThat(Sensitivity.percentile(counts, 0, 1, 3, 20, 5)).isEqualTo(1);
        assertThat(Sensitivity.percentile(counts, 0, 1, 3, 20, 10)).isEqualTo(2);
        assertThat(Sensitivity.percentile(counts, 0, 1, 3, 20, 95)).isEqualTo(2);
        assertThat(Sensitivity.percentile(counts, 0, 1, 3, 20, 96)).isEqualTo(3);
    }
}
