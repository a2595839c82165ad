package org.rolloutplanner.domain.school;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rolloutplanner.domain.common.Result;

class SchoolRulesTest {

    private static School school(long key, String id, String name, int enrollment, Double frl, Double readiness) {
        return new School(key, id, name, SchoolLevel.ELEMENTARY, "KG", "05", enrollment, frl, "North", "Canyon",
                readiness, 20.0);
    }

    private static final School VALID = school(1, "010345000010", "Adams Elementary", 450, 60.0, 70.0);

    @Test
    void aSchoolWithinEveryRuleHasNoProblem() {
        assertThat(SchoolRules.problem(VALID)).isEmpty();
    }

    @Test
    void negativeEnrollmentIsRefusedWithAMessageNamingTheValue() {
        assertThat(SchoolRules.problem(school(1, "A1", "Adams", -1, null, null)))
                .hasValueSatisfying(m -> assertThat(m).contains("Enrollment cannot be negative").contains("-1"));
    }

    @Test
    void zeroEnrollmentIsAllowed() {
        assertThat(SchoolRules.problem(school(1, "A1", "Adams", 0, null, null))).isEmpty();
    }

    @Test
    void percentagesFromZeroToHundredInclusiveAreAllowed() {
        assertThat(SchoolRules.problem(school(1, "A1", "Adams", 10, 0.0, 0.0))).isEmpty();
        assertThat(SchoolRules.problem(school(1, "A1", "Adams", 10, 100.0, 100.0))).isEmpty();
    }

    @Test
    void freeLunchPercentageAboveHundredIsRefused() {
        assertThat(SchoolRules.problem(school(1, "A1", "Adams", 10, 100.5, null)))
                .hasValueSatisfying(m -> assertThat(m).contains("Free/reduced lunch %").contains("between 0 and 100")
                        .contains("100.5"));
    }

    @Test
    void negativeFreeLunchPercentageIsRefused() {
        assertThat(SchoolRules.problem(school(1, "A1", "Adams", 10, -0.1, null))).isPresent();
    }

    @Test
    void readinessOutsideZeroToHundredIsRefused() {
        assertThat(SchoolRules.problem(school(1, "A1", "Adams", 10, null, 101.0)))
                .hasValueSatisfying(m -> assertThat(m).contains("Readiness must be between 0 and 100"));
        assertThat(SchoolRules.problem(school(1, "A1", "Adams", 10, null, -5.0))).isPresent();
    }

    @Test
    void unknownPercentagesAreAllowed() {
        assertThat(SchoolRules.problem(school(1, "A1", "Adams", 10, null, null))).isEmpty();
    }

    @Test
    void emptyOrBlankNameIsRefused() {
        assertThat(SchoolRules.problem(school(1, "A1", "", 10, null, null)))
                .hasValueSatisfying(m -> assertThat(m).contains("name is empty"));
        assertThat(SchoolRules.problem(school(1, "A1", "   ", 10, null, null))).isPresent();
    }

    @Test
    void emptyIdIsRefused() {
        assertThat(SchoolRules.problem(school(1, " ", "Adams", 10, null, null)))
                .hasValueSatisfying(m -> assertThat(m).contains("ID is empty"));
    }

    @Test
    void anIdUsedByAnotherSchoolOfTheDistrictIsADuplicateRegardlessOfCase() {
        School other = new School(2, "ab-100", "Baker Middle", SchoolLevel.MIDDLE, "", "", 600, null, "", "", null, null);
        School mine = school(1, "AB-100", "Adams", 10, null, null);
        assertThat(SchoolRules.duplicateIdProblem(mine, List.of(other)))
                .hasValueSatisfying(m -> assertThat(m).contains("Baker Middle").contains("unique within the district"));
    }

    @Test
    void anIdWithSurroundingSpacesIsStillADuplicate() {
        School other = new School(2, "AB-100", "Baker Middle", SchoolLevel.MIDDLE, "", "", 600, null, "", "", null, null);
        assertThat(SchoolRules.duplicateIdProblem(school(1, " ab-100 ", "Adams", 10, null, null), List.of(other)))
                .isPresent();
    }

    @Test
    void aSchoolKeepingItsOwnIdIsNotADuplicateOfItself() {
        assertThat(SchoolRules.duplicateIdProblem(VALID, List.of(VALID))).isEmpty();
    }

    @Test
    void distinctIdsAreNotDuplicates() {
        School other = school(2, "010345000017", "Baker", 10, null, null);
        assertThat(SchoolRules.duplicateIdProblem(VALID, List.of(VALID, other))).isEmpty();
    }

    @Test
    void typingANegativeEnrollmentIsRefused() {
        Result<School> r = SchoolRules.withField(VALID, SchoolField.ENROLLMENT, "-20");
        assertThat(r.get()).isEmpty();
        assertThat(r.error()).hasValueSatisfying(m -> assertThat(m).contains("cannot be negative"));
    }

    @Test
    void typingAnEnrollmentWithThousandsSeparatorIsAccepted() {
        assertThat(SchoolRules.withField(VALID, SchoolField.ENROLLMENT, "1,250").get())
                .hasValueSatisfying(s -> assertThat(s.enrollment()).isEqualTo(1250));
    }

    @Test
    void typingTextAsEnrollmentSaysAWholeNumberIsNeeded() {
        assertThat(SchoolRules.withField(VALID, SchoolField.ENROLLMENT, "many").error())
                .hasValueSatisfying(m -> assertThat(m).contains("whole number").contains("many"));
        assertThat(SchoolRules.withField(VALID, SchoolField.ENROLLMENT, "12.5").error()).isPresent();
    }

    @Test
    void typingAPercentageWithPercentSignIsAccepted() {
        assertThat(SchoolRules.withField(VALID, SchoolField.FRL_PERCENT, "53%").get())
                .hasValueSatisfying(s -> assertThat(s.frlPercent()).isEqualTo(53.0));
    }

    @Test
    void typingAPercentageAboveHundredIsRefused() {
        assertThat(SchoolRules.withField(VALID, SchoolField.FRL_PERCENT, "120").error()).isPresent();
    }

    @Test
    void clearingAPercentageMakesItUnknown() {
        assertThat(SchoolRules.withField(VALID, SchoolField.READINESS, "").get())
                .hasValueSatisfying(s -> assertThat(s.readiness()).isNull());
        assertThat(SchoolRules.withField(VALID, SchoolField.READINESS, "n/a").get())
                .hasValueSatisfying(s -> assertThat(s.readiness()).isNull());
    }

    @Test
    void typingAnEmptyNameIsRefused() {
        assertThat(SchoolRules.withField(VALID, SchoolField.NAME, "  ").error())
                .hasValueSatisfying(m -> assertThat(m).contains("name is empty"));
    }

    @Test
    void typingAnUnknownLevelListsTheLevels() {
        assertThat(SchoolRules.withField(VALID, SchoolField.LEVEL, "college").error())
                .hasValueSatisfying(m -> assertThat(m).contains("college").contains("elementary").contains("K-8"));
    }

    @Test
    void typingAnIdKeepsItsLeadingZeros() {
        assertThat(SchoolRules.withField(VALID, SchoolField.ID, "000000000042").get())
                .hasValueSatisfying(s -> assertThat(s.id()).isEqualTo("000000000042"));
    }
}
