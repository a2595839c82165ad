package org.rolloutplanner.domain.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rolloutplanner.domain.selection.Sheets.applicant;
import static org.rolloutplanner.domain.selection.Sheets.reviewers;
import static org.rolloutplanner.domain.selection.Sheets.scores;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class RankingTest {

    static final List<Criterion> ONE = List.of(Criterion.preferred("P1", "Leadership", 1, 1, 4));

    static List<Ranking.Ranked> rank(List<Applicant> applicants, List<Score> scores, long seed) {
        var sheet = new ScoreSheet(applicants, ONE, reviewers("R1"), scores, List.of());
        return Ranking.rank(Aggregation.aggregate(sheet, AggregationMethod.MEAN), TieBreak.DEFAULT, seed);
    }

    static List<String> ids(List<Ranking.Ranked> ranking) {
        return ranking.stream().map(r -> r.applicant().id()).toList();
    }

    @Test
    void higherScoreRanksFirst() {
        var r = rank(List.of(applicant("A", 500, 50), applicant("B", 500, 50)), scores("R1 A P1 2", "R1 B P1 3"), 1);
        assertThat(ids(r)).containsExactly("B", "A");
        assertThat(r.get(0).rank()).isEqualTo(1);
        assertThat(r.get(0).tieBreak()).isEmpty();
    }

    @Test
    void equalScoresGoToTheHigherLowIncomeShareFirst() {
        var r = rank(List.of(applicant("A", 900, 40), applicant("B", 500, 70)), scores("R1 A P1 3", "R1 B P1 3"), 1);
        assertThat(ids(r)).containsExactly("B", "A");
        assertThat(r.get(0).tieBreak()).isEqualTo("higher low-income share");
        assertThat(r.get(1).tieBreak()).isEqualTo("higher low-income share");
    }

    @Test
    void equalScoresAndSharesGoToTheLargerEnrollment() {
        var r = rank(List.of(applicant("A", 400, 60), applicant("B", 900, 60)), scores("R1 A P1 3", "R1 B P1 3"), 1);
        assertThat(ids(r)).containsExactly("B", "A");
        assertThat(r.get(1).tieBreak()).isEqualTo("larger enrollment");
    }

    @Test
    void aFullTieIsSettledByTheSeededLotteryTheSameWayEveryTime() {
        List<Applicant> applicants = new ArrayList<>();
        List<Score> scores = new ArrayList<>();
        for (String id : List.of("A", "B", "C", "D", "E")) {
            applicants.add(applicant(id, 500, 60));
            scores.add(new Score("R1", id, "P1", 3));
        }
        var lottery = Ranking.lotteryNumbers(List.of("A", "B", "C", "D", "E"), 42);
        var first = rank(applicants, scores, 42);
        // the order is the lottery numbers' order
        assertThat(first).allSatisfy(r -> assertThat(r.rank()).isEqualTo(lottery.get(r.applicant().id())));
        assertThat(first).allSatisfy(r -> assertThat(r.tieBreak()).isEqualTo("lottery"));
        // the same seed gives the same order whatever order the applicants come in
        Collections.reverse(applicants);
        assertThat(ids(rank(applicants, scores, 42))).isEqualTo(ids(first));
        // another seed draws another order (for some seed among a few)
        boolean differs = false;
        for (long seed = 1; seed < 10 && !differs; seed++) {
            differs = !ids(rank(applicants, scores, seed)).equals(ids(first));
        }
        assertThat(differs).isTrue();
    }

    @Test
    void lotteryNumbersAreAPermutationFromTheSeedAlone() {
        var a = Ranking.lotteryNumbers(List.of("X", "Y", "Z"), 7);
        var b = Ranking.lotteryNumbers(List.of("Z", "X", "Y"), 7);
        assertThat(a).isEqualTo(b);
        assertThat(a.values()).containsExactlyInAnyOrder(1, 2, 3);
    }

    @Test
    void notEligibleApplicantsHaveNoRankAndComeLast() {
        var criteria = List.of(Criterion.computed("SIZE", "Size", Gate.parse("enrollment>=500").orElseThrow()), ONE.get(0));
        var sheet = new ScoreSheet(List.of(applicant("A", 300, 50), applicant("B", 600, 50)), criteria, reviewers("R1"),
                scores("R1 A P1 4", "R1 B P1 2"), List.of());
        var r = Ranking.rank(Aggregation.aggregate(sheet, AggregationMethod.MEAN), TieBreak.DEFAULT, 1);
        assertThat(ids(r)).containsExactly("B", "A");
        assertThat(r.get(1).rank()).isNull();
        assertThat(r.get(1).eligible()).isFalse();
        assertThat(r.get(1).reason()).contains("enrollment ≥ 500");
    }
}
