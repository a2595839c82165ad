package org.rolloutplanner.domain.school;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SchoolLevelTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource({
            "elementary, ELEMENTARY", "Elementary, ELEMENTARY", "elem, ELEMENTARY", "Elementary School, ELEMENTARY",
            "middle, MIDDLE", "MS, MIDDLE", "Middle School, MIDDLE",
            "high, HIGH", "High School, HIGH", "HS, HIGH",
            "k-8, K8", "K-8, K8", "K8, K8", "K–8, K8",
            "6-12, SIX_TWELVE", "6–12, SIX_TWELVE",
            "other, OTHER", "K8 , K8"})
    void readsLevelsAsDistrictsWriteThem(String text, SchoolLevel expected) {
        assertThat(SchoolLevel.parse(text)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "college", "7-9", "kindergarten center"})
    void textNamingNoLevelGivesNothing(String text) {
        assertThat(SchoolLevel.parse(text)).isEmpty();
    }

    @Test
    void nullGivesNothing() {
        assertThat(SchoolLevel.parse(null)).isEmpty();
    }

    @Test
    void everyCodeReadsBackAsItsLevel() {
        for (SchoolLevel level : SchoolLevel.values()) {
            assertThat(SchoolLevel.parse(level.code())).contains(level);
            assertThat(SchoolLevel.parse(level.label())).contains(level);
        }
    }

    @Test
    void middleHighAndSixTwelveAreSecondaryButElementaryAndK8AreNot() {
        assertThat(SchoolLevel.MIDDLE.isSecondary()).isTrue();
        assertThat(SchoolLevel.HIGH.isSecondary()).isTrue();
        assertThat(SchoolLevel.SIX_TWELVE.isSecondary()).isTrue();
        assertThat(SchoolLevel.ELEMENTARY.isSecondary()).isFalse();
        assertThat(SchoolLevel.K8.isSecondary()).isFalse();
    }
}
