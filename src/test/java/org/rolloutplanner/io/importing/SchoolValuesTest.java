package org.rolloutplanner.io.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.rolloutplanner.domain.school.SchoolLevel;

class SchoolValuesTest {

    @Test
    void aNcesSchoolIdKeepsItsLeadingZeroAndGetsItBackFromASpreadsheetNumber() {
        assertThat(SchoolValues.ncesSchoolId("010000500870")).isEqualTo("010000500870");
        assertThat(SchoolValues.ncesSchoolId("10000500870")).isEqualTo("010000500870");
        assertThat(SchoolValues.ncesSchoolId("10000500870.0")).isEqualTo("010000500870");
        assertThat(SchoolValues.ncesDistrictId("100005")).isEqualTo("0100005");
    }

    @Test
    void anIdInExponentFormIsRepairedOnlyWhenEveryDigitIsStillThere() {
        assertThat(SchoolValues.ncesSchoolId("1.0000500870E+10")).isEqualTo("010000500870");
        assertThat(SchoolValues.id("3.60009001234E+11")).isEqualTo("360009001234");
        assertThatThrownBy(() -> SchoolValues.id("1E+11")).hasMessageContaining("last digits are lost");
        assertThatThrownBy(() -> SchoolValues.ncesSchoolId("1.00005E+11"))
                .hasMessageContaining("1.00005E+11").hasMessageContaining("last digits are lost");
    }

    @Test
    void aNumberWithTheWrongCountOfDigitsIsNotACcdSchoolId() {
        assertThatThrownBy(() -> SchoolValues.ncesSchoolId("12345")).hasMessageContaining("12 digits");
    }

    @Test
    void gradesAreWrittenAsTheCcdDoes() {
        assertThat(SchoolValues.grade("K")).isEqualTo("KG");
        assertThat(SchoolValues.grade("Pre-K")).isEqualTo("PK");
        assertThat(SchoolValues.grade("5")).isEqualTo("05");
        assertThat(SchoolValues.grade("9th")).isEqualTo("09");
        assertThat(SchoolValues.grade("12")).isEqualTo("12");
        assertThat(SchoolValues.grade("-1")).isEmpty();
        assertThat(SchoolValues.grade("N")).isEmpty();
        assertThatThrownBy(() -> SchoolValues.grade("Grade Z")).hasMessageContaining("not a grade");
    }

    @Test
    void levelsComeFromCcdTextOldCodesAndGradeSpans() {
        assertThat(SchoolValues.level("Elementary", "PK", "05")).contains(SchoolLevel.ELEMENTARY);
        assertThat(SchoolValues.level("Secondary", "09", "12")).contains(SchoolLevel.HIGH);
        assertThat(SchoolValues.level("Other", "KG", "08")).contains(SchoolLevel.K8);
        assertThat(SchoolValues.level("Other", "06", "12")).contains(SchoolLevel.SIX_TWELVE);
        assertThat(SchoolValues.level("Not applicable", "", "")).contains(SchoolLevel.OTHER);
        assertThat(SchoolValues.level("2", "06", "08")).contains(SchoolLevel.MIDDLE);
        assertThat(SchoolValues.level("", "09", "12")).contains(SchoolLevel.HIGH);
        assertThat(SchoolValues.level("Castle", "", "")).isEmpty();
    }

    @Test
    void numbersAsPeopleWriteThemAndCcdMissingCodesAsNoValue() {
        assertThat(SchoolValues.number("1,250", "Enrollment")).isEqualTo(1250.0);
        assertThat(SchoolValues.number("45.5%", "FRL")).isEqualTo(45.5);
        assertThat(SchoolValues.number("-9", "Enrollment")).as("negative stays negative outside CCD files").isEqualTo(-9.0);
        assertThat(SchoolValues.number("Not reported", "FRL")).isNull();
        assertThatThrownBy(() -> SchoolValues.number("twelve", "Enrollment"))
                .hasMessage("Enrollment is not a number (the cell says \"twelve\").");
    }
}
