package org.rolloutplanner.domain.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.rolloutplanner.domain.selection.Sheets.applicant;
import static org.rolloutplanner.domain.selection.Sheets.reviewers;
import static org.rolloutplanner.domain.selection.Sheets.scores;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed aggregates. Three applicants, three reviewers, two preferred criteria on 1–4 weighted 3 and 1
 * (75% and 25%):
 * <pre>
 *        P1 (R1,R2,R3)   P2 (R1,R2,R3)
 *   A    4 3 2           1 2 3
 *   B    3 3 3           4 4 1
 *   C    2 1 4           3 3 3
 * </pre>
 */
class AggregationTest {

    static final List<Applicant> APPLICANTS = List.of(applicant("A", 600, 50), applicant("B", 600, 50), applicant("C", 600, 50));
    static final List<Criterion> CRITERIA = List.of(Criterion.preferred("P1", "Leadership", 3, 1, 4),
            Criterion.preferred("P2", "Teacher engagement", 1, 1, 4));
    static final List<Score> SCORES = scores(
            "R1 A P1 4", "R2 A P1 3", "R3 A P1 2", "R1 A P2 1", "R2 A P2 2", "R3 A P2 3",
            "R1 B P1 3", "R2 B P1 3", "R3 B P1 3", "R1 B P2 4", "R2 B P2 4", "R3 B P2 1",
            "R1 C P1 2", "R2 C P1 1", "R3 C P1 4", "R1 C P2 3", "R2 C P2 3", "R3 C P2 3");

    static ScoreSheet sheet(List<Conflict> conflicts) {
        return new ScoreSheet(APPLICANTS, CRITERIA, reviewers("R1", "R2", "R3"), SCORES, conflicts);
    }

    static double[] totals(ScoreSheet sheet, AggregationMethod method) {
        return Aggregation.aggregate(sheet, method).stream().mapToDouble(Aggregation.ApplicantScore::score).toArray();
    }

    @Test
    void meanIsTheWeightedSumOfTheCriterionMeans() {
        // A: .75·3 + .25·2 = 2.75; B: .75·3 + .25·3 = 3; C: .75·7/3 + .25·3 = 2.5
        assertThat(totals(sheet(List.of()), AggregationMethod.MEAN)).containsExactly(new double[] {2.75, 3.0, 2.5}, within(1e-12));
    }

    @Test
    void medianTakesTheMiddleScoreOfEachCriterion() {
        // A: .75·3 + .25·2 = 2.75; B: .75·3 + .25·4 = 3.25; C: .75·2 + .25·3 = 2.25
        assertThat(totals(sheet(List.of()), AggregationMethod.MEDIAN)).containsExactly(new double[] {2.75, 3.25, 2.25}, within(1e-12));
    }

    @Test
    void trimmedMeanLeavesOutTheHighestAndLowestScore() {
        assertThat(Aggregation.combine(new double[] {1, 1, 2, 4, 4}, AggregationMethod.TRIMMED)).isCloseTo(7.0 / 3, within(1e-12));
        assertThat(Aggregation.combine(new double[] {1, 1, 2, 4, 4}, AggregationMethod.MEAN)).isCloseTo(2.4, within(1e-12));
        assertThat(Aggregation.combine(new double[] {1, 1, 2, 4, 4}, AggregationMethod.MEDIAN)).isEqualTo(2.0);
        assertThat(Aggregation.combine(new double[] {1, 4}, AggregationMethod.TRIMMED)).as("fewer than 3: plain mean").isEqualTo(2.5);
        assertThat(Aggregation.combine(new double[] {1, 2, 3, 10}, AggregationMethod.MEDIAN)).isEqualTo(2.5);
        // whole sheet, 3 scores: trimmed = the middle one, so it equals the median here
        assertThat(totals(sheet(List.of()), AggregationMethod.TRIMMED)).containsExactly(new double[] {2.75, 3.25, 2.25}, within(1e-12));
    }

    @Test
    void zScoresCorrectALenientAndAHarshReviewer() {
        // R1: A 4, B 3, C 2 → mean 3, sd 1 → z 1, 0, −1. R2: A 2, B 2, C 1 → mean 5/3, sd 1/√3 → z 1/√3, 1/√3, −2/√3
        var sheet = new ScoreSheet(APPLICANTS, List.of(Criterion.preferred("P1", "Leadership", 1, 1, 4)), reviewers("R1", "R2"),
                scores("R1 A P1 4", "R1 B P1 3", "R1 C P1 2", "R2 A P1 2", "R2 B P1 2", "R2 C P1 1"), List.of());
        double r3 = 1 / Math.sqrt(3);
        assertThat(totals(sheet, AggregationMethod.ZSCORE)).containsExactly(
                new double[] {(1 + r3) / 2, (0 + r3) / 2, (-1 - 2 * r3) / 2}, within(1e-12));
    }

    @Test
    void aConflictedReviewerIsLeftOutOfThatApplicantsAggregateOnly() {
        var sheet = sheet(List.of(new Conflict("R1", "A")));
        // A without R1: P1 mean(3,2) = 2.5, P2 mean(2,3) = 2.5 → 2.5 (was 2.75); B and C unchanged
        assertThat(totals(sheet, AggregationMethod.MEAN)).containsExactly(new double[] {2.5, 3.0, 2.5}, within(1e-12));
        var a = Aggregation.aggregate(sheet, AggregationMethod.MEAN).get(0);
        assertThat(a.recused()).containsExactly("R1");
        // median of A without R1: P1 median(3,2) = 2.5, P2 median(2,3) = 2.5
        assertThat(totals(sheet, AggregationMethod.MEDIAN)[0]).isCloseTo(2.5, within(1e-12));
    }

    @Test
    void zScoresOfAConflictedReviewerAreComputedWithoutTheConflictedApplicant() {
        // R1 recused from A: R1's scores are B 3, C 2 → mean 2.5, sd 1/√2 → z B +1/√2, C −1/√2; R2 as before
        var sheet = new ScoreSheet(APPLICANTS, List.of(Criterion.preferred("P1", "Leadership", 1, 1, 4)), reviewers("R1", "R2"),
                scores("R1 A P1 4", "R1 B P1 3", "R1 C P1 2", "R2 A P1 2", "R2 B P1 2", "R2 C P1 1"),
                List.of(new Conflict("R1", "A")));
        double r3 = 1 / Math.sqrt(3);
        double r2 = 1 / Math.sqrt(2);
        assertThat(totals(sheet, AggregationMethod.ZSCORE)).containsExactly(
                new double[] {r3, (r2 + r3) / 2, (-r2 - 2 * r3) / 2}, within(1e-12));
    }

    @Test
    void weightsAreShownAsSharesOfAHundredPercent() {
        assertThat(Criterion.shares(CRITERIA)).containsEntry("P1", 75.0).containsEntry("P2", 25.0);
    }

    @Test
    void aMissingCriterionLetsTheOtherWeightsCount() {
        var sheet = new ScoreSheet(APPLICANTS.subList(0, 1), CRITERIA, reviewers("R1"), scores("R1 A P1 3"), List.of());
        var a = Aggregation.aggregate(sheet, AggregationMethod.MEAN).get(0);
        assertThat(a.score()).isEqualTo(3.0);
        assertThat(a.notes()).singleElement().asString().contains("Teacher engagement");
    }
}
