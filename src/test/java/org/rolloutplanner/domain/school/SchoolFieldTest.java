package org.rolloutplanner.domain.school;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SchoolFieldTest {

    private static final School S = new School(7, "010345000010", "Canyon High School", SchoolLevel.HIGH, "09", "12",
            1991, 54.1, "North", "Canyon feeder", 36.0, null);

    @Test
    void wholeNumbersAreWrittenWithoutDecimals() {
        assertThat(SchoolField.READINESS.format(S)).isEqualTo("36");
        assertThat(SchoolField.ENROLLMENT.format(S)).isEqualTo("1991");
    }

    @Test
    void fractionsKeepUpToTwoDecimalsWithoutTrailingZeros() {
        assertThat(SchoolField.FRL_PERCENT.format(S)).isEqualTo("54.1");
        assertThat(SchoolField.formatNumber(12.345)).isEqualTo("12.35");
    }

    @Test
    void unknownNumbersAreWrittenEmpty() {
        assertThat(SchoolField.TEACHERS.format(S)).isEmpty();
    }

    @Test
    void levelIsWrittenAsItsFileCode() {
        assertThat(SchoolField.LEVEL.format(S)).isEqualTo("high");
    }

    @Test
    void idIsWrittenExactlyWithLeadingZeros() {
        assertThat(SchoolField.ID.format(S)).isEqualTo("010345000010");
    }
}
