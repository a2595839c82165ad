package org.rolloutplanner.domain.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rolloutplanner.domain.selection.Sheets.applicant;
import static org.rolloutplanner.domain.selection.Sheets.reviewers;
import static org.rolloutplanner.domain.selection.Sheets.scores;

import java.util.List;
import org.junit.jupiter.api.Test;

class EligibilityTest {

    static final List<Criterion> CRITERIA = List.of(Criterion.essential("PM", "Named project manager"),
            Criterion.computed("SIZE", "Serves at least 500 students", Gate.parse("enrollment >= 500").orElseThrow()),
            Criterion.preferred("P1", "Leadership", 1, 1, 4));

    static Aggregation.ApplicantScore result(Applicant a, List<Score> scores, List<Conflict> conflicts) {
        var sheet = new ScoreSheet(List.of(a), CRITERIA, reviewers("R1", "R2", "R3"), scores, conflicts);
        return Aggregation.aggregate(sheet, AggregationMethod.MEAN).get(0);
    }

    @Test
    void failingAnEssentialCriterionByAMajorityMakesAnApplicantNotEligible() {
        var r = result(applicant("A", 600, 50), scores("R1 A PM 0", "R2 A PM 0", "R3 A PM 1", "R1 A P1 4"), List.of());
        assertThat(r.eligible()).isFalse();
        assertThat(r.reason()).isEqualTo("Fails \"Named project manager\" (2 of 3 reviewers).");
    }

    @Test
    void oneFailOfThreeIsNotAMajority() {
        var r = result(applicant("A", 600, 50), scores("R1 A PM 0", "R2 A PM 1", "R3 A PM 1", "R1 A P1 4"), List.of());
        assertThat(r.eligible()).isTrue();
        assertThat(r.reason()).isEmpty();
    }

    @Test
    void theMajorityCountsOnlyReviewersWithoutAConflict() {
        // R3 is conflicted: the fails are 1 of 2, no majority
        var r = result(applicant("A", 600, 50), scores("R1 A PM 0", "R2 A PM 1", "R3 A PM 0", "R1 A P1 4"),
                List.of(new Conflict("R3", "A")));
        assertThat(r.eligible()).isTrue();
    }

    @Test
    void aComputedCriterionReadsTheSchoolData() {
        var r = result(applicant("A", 450, 50), scores("R1 A PM 1", "R1 A P1 4"), List.of());
        assertThat(r.eligible()).isFalse();
        assertThat(r.reason()).isEqualTo("Fails \"Serves at least 500 students\" (enrollment ≥ 500; the school has 450).");
    }

    @Test
    void anEssentialCriterionNobodyAnsweredKeepsTheApplicantOut() {
        var r = result(applicant("A", 600, 50), scores("R1 A P1 4"), List.of());
        assertThat(r.eligible()).isFalse();
        assertThat(r.reason()).contains("No reviewer has answered \"Named project manager\" yet");
    }

    @Test
    void gatesReadTheUsualNotations() {
        assertThat(Gate.parse("frl_percent≥40").orElseThrow().describe()).isEqualTo("frl_percent ≥ 40");
        assertThat(Gate.parse("enrollment < 2000").orElseThrow().test(applicant("A", 1999, 0))).contains(true);
        assertThat(Gate.parse("named project manager")).isEmpty();
    }
}
