package org.rolloutplanner.domain.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.rolloutplanner.domain.selection.Sheets.applicant;
import static org.rolloutplanner.domain.selection.Sheets.reviewers;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgreementTest {

    @Test
    void alphaOfTwoSmallUnitsByHand() {
        // units (1,2) and (3,3): Do = (2/1 + 0)/4 = 0.5; De = 2(4·23 − 9²)/(4·3) = 22/12; alpha = 1 − 0.5·12/22 = 8/11
        assertThat(Agreement.krippendorffInterval(List.of(new double[] {1, 2}, new double[] {3, 3})))
                .isCloseTo(8.0 / 11, within(1e-12));
    }

    @Test
    void alphaMatchesKrippendorffsPublishedExampleWithMissingValues() {
        // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", 4 observers × 12 units: interval alpha 0.849
        Double n = null;
        Double[][] byObserver = {
            {1d, 2d, 3d, 3d, 2d, 1d, 4d, 1d, 2d, n, n, n},
            {1d, 2d, 3d, 3d, 2d, 2d, 4d, 1d, 2d, 5d, n, 3d},
            {n, 3d, 3d, 3d, 2d, 3d, 4d, 2d, 2d, 5d, 1d, n},
            {1d, 2d, 3d, 3d, 2d, 4d, 4d, 1d, 2d, 5d, 1d, n}};
        List<double[]> units = new ArrayList<>();
        for (int u = 0; u < 12; u++) {
            List<Double> values = new ArrayList<>();
            for (Double[] observer : byObserver) {
                if (observer[u] != null) {
                    values.add(observer[u]);
                }
            }
            units.add(values.stream().mapToDouble(Double::doubleValue).toArray());
        }
        assertThat(Agreement.krippendorffInterval(units)).isCloseTo(0.849, within(0.0005));
    }

    @Test
    void perfectAgreementIsOneAndAnOutlierReviewerIsFlagged() {
        List<Applicant> applicants = new ArrayList<>();
        List<Score> scores = new ArrayList<>();
        int[] consensus = {1, 2, 3, 4, 2, 3};
        for (int i = 0; i < consensus.length; i++) {
            String id = "S" + i;
            applicants.add(applicant(id, 500, 50));
            scores.add(new Score("R1", id, "P1", consensus[i]));
            scores.add(new Score("R2", id, "P1", consensus[i]));
        }
        var criteria = List.of(Criterion.preferred("P1", "Leadership", 1, 1, 4));
        var agree = Agreement.of(new ScoreSheet(applicants, criteria, reviewers("R1", "R2"), scores, List.of()));
        assertThat(agree.alpha()).isEqualTo(1.0);
        assertThat(agree.reviewers()).noneMatch(Agreement.ReviewerAgreement::flagged);

        // R3 scores in reverse: 4,3,2,1,3,2 → correlation with the others is −1
        int[] reverse = {4, 3, 2, 1, 3, 2};
        List<Score> more = new ArrayList<>(scores);
        for (int i = 0; i < reverse.length; i++) {
            more.add(new Score("R3", "S" + i, "P1", reverse[i]));
        }
        var sheet = new ScoreSheet(applicants, criteria, reviewers("R1", "R2", "R3"), more, List.of());
        var result = Agreement.of(sheet);
        assertThat(result.alpha()).isLessThan(0.5);
        var r3 = result.reviewers().get(2);
        assertThat(r3.flagged()).isTrue();
        assertThat(r3.flag()).contains("R3 orders the schools differently");
        assertThat(result.reviewers().get(0).flagged()).isFalse();
    }

    @Test
    void aLenientReviewerIsFlaggedWithTheSizeOfTheGap() {
        List<Applicant> applicants = new ArrayList<>();
        List<Score> scores = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            applicants.add(applicant("S" + i, 500, 50));
            scores.add(new Score("R1", "S" + i, "P1", 1 + (i % 2)));
            scores.add(new Score("R2", "S" + i, "P1", 1 + (i % 2)));
            scores.add(new Score("R3", "S" + i, "P1", 3 + (i % 2)));
        }
        var sheet = new ScoreSheet(applicants, List.of(Criterion.preferred("P1", "Leadership", 1, 1, 4)),
                reviewers("R1", "R2", "R3"), scores, List.of());
        var r3 = Agreement.of(sheet).reviewers().get(2);
        // 2 points above the others on a 1–4 scale (range 3) = 67%
        assertThat(r3.bias()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(r3.flag()).isEqualTo("R3 scores higher than the others by 67% of the rubric scale on average.");
    }
}
