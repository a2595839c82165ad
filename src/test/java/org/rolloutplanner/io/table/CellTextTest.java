package org.rolloutplanner.io.table;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CellTextTest {

    private final CellText text = new CellText(false);

    @Test
    void idsAndWholeNumbersComeOutInPlainDigits() {
        assertThat(CellText.plain(100005000000d)).isEqualTo("100005000000");
        assertThat(CellText.plain(1.00005E+11)).isEqualTo("100005000000");
        assertThat(CellText.plain(412d)).isEqualTo("412");
        assertThat(CellText.plain(-0.0)).isEqualTo("0");
        assertThat(CellText.plain(1e20)).isEqualTo("100000000000000000000");
    }

    @Test
    void fractionsAreRoundedToExcelsFifteenDigits() {
        assertThat(CellText.plain(0.1 + 0.2)).isEqualTo("0.3");
        assertThat(CellText.plain(650.5)).isEqualTo("650.5");
        assertThat(CellText.plain(1e-7)).isEqualTo("0.0000001");
        assertThat(CellText.plain(Double.NaN)).isEmpty();
    }

    @Test
    void generalAndScientificFormatsNeverGiveAnExponent() {
        assertThat(text.number(100005000000d, 0, "General")).isEqualTo("100005000000");
        assertThat(text.number(100005000000d, 11, "0.00E+00")).isEqualTo("100005000000");
        assertThat(text.number(12.5, 49, "@")).isEqualTo("12.5");
    }

    @Test
    void otherFormatsShowAsExcelShowsThem() {
        assertThat(text.number(0.455, 9, "0%")).isEqualTo("46%");
        assertThat(text.number(1234.5, 4, "#,##0.00")).isEqualTo("1,234.50");
        assertThat(text.number(2101, 164, "00000")).isEqualTo("02101");
    }

    @Test
    void datesComeOutIso() {
        assertThat(text.number(45658, 14, "m/d/yy")).isEqualTo("2025-01-01");
        assertThat(text.number(45658.5, 22, "m/d/yy h:mm")).isEqualTo("2025-01-01 12:00");
        assertThat(text.number(0.75, 20, "h:mm")).isEqualTo("18:00");
        assertThat(new CellText(true).number(44196, 14, "m/d/yy")).isEqualTo("2025-01-01");
    }
}
