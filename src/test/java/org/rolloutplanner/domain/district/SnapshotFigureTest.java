package org.rolloutplanner.domain.district;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SnapshotFigureTest {

    @ParameterizedTest
    @ValueSource(strings = {"41,000", "41000", "2,450", "53%", "64 %", "40-80%", "40 - 80%", "40–80%", "$10,900",
            "$8,000-$12,000", "n/a", "N/A", "na", "81.5%", "12k", "1.2 million", "", "   "})
    void publishedFiguresAreAllowed(String text) {
        assertThat(SnapshotFigure.problem("Students", text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"lots", "about 40", "40-", "-5", "41.000.000", "12 students", "%", "$", "40--80", "abc%"})
    void garbageIsRefusedWithAMessageNamingTheFigure(String text) {
        assertThat(SnapshotFigure.problem("Students", text))
                .hasValueSatisfying(m -> assertThat(m).startsWith("Students").contains(text.strip())
                        .contains("40-80%").contains("n/a"));
    }
}
