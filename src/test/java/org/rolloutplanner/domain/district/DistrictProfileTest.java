package org.rolloutplanner.domain.district;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DistrictProfileTest {

    @Test
    void aProfileWithPublishedRangesAndNaHasNoProblems() {
        var p = new DistrictProfile(DistrictType.URBAN, "AL", "41,000", "n/a", "40-80%", "81%", "$10,900");
        assertThat(p.problems()).isEmpty();
    }

    @Test
    void anEmptyProfileHasNoProblems() {
        assertThat(DistrictProfile.EMPTY.problems()).isEmpty();
        assertThat(new DistrictProfile(null, null, null, null, null, null, null)).isEqualTo(DistrictProfile.EMPTY);
    }

    @Test
    void everyBadFigureIsListedByItsLabel() {
        var p = new DistrictProfile(DistrictType.RURAL, "NM", "many", "2,000", "high", "81%", "cheap");
        assertThat(p.problems()).hasSize(3)
                .anySatisfy(m -> assertThat(m).startsWith("Students"))
                .anySatisfy(m -> assertThat(m).startsWith("Free/reduced-lunch eligibility"))
                .anySatisfy(m -> assertThat(m).startsWith("Per-pupil spend"));
    }

    @Test
    void figuresAreKeptAsWrittenWithoutSurroundingSpaces() {
        var p = new DistrictProfile(DistrictType.URBAN, " AL ", " 40-80% ", "", "", "", "");
        assertThat(p.students()).isEqualTo("40-80%");
        assertThat(p.state()).isEqualTo("AL");
    }

    @Test
    void aStateLongerThanFortyCharactersIsRefused() {
        var p = new DistrictProfile(DistrictType.URBAN, "x".repeat(41), "", "", "", "", "");
        assertThat(p.problems()).containsExactly("The state is longer than 40 characters.");
    }

    @Test
    void districtTypesAreReadByNameOrLabel() {
        assertThat(DistrictType.parse("URBAN")).contains(DistrictType.URBAN);
        assertThat(DistrictType.parse("Charter network")).contains(DistrictType.CHARTER_NETWORK);
        assertThat(DistrictType.parse("county")).contains(DistrictType.COUNTY);
        assertThat(DistrictType.parse("")).isEmpty();
        assertThat(DistrictType.parse("planet")).isEmpty();
    }

    @Test
    void aDistrictNeedsANonEmptyNameOfAtMost200Characters() {
        assertThat(District.nameProblem("  ")).isPresent();
        assertThat(District.nameProblem(null)).isPresent();
        assertThat(District.nameProblem("x".repeat(201))).isPresent();
        assertThat(District.nameProblem("Maple Valley")).isEmpty();
    }
}
