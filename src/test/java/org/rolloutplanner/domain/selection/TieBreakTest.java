package org.rolloutplanner.domain.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TieBreakTest {

    @Test
    void aDeclaredOrderAlwaysEndsWithTheLottery() {
        assertThat(TieBreak.parse("enrollment, frl")).containsExactly(TieBreak.LARGER_ENROLLMENT, TieBreak.HIGHER_LOW_INCOME,
                TieBreak.LOTTERY);
        assertThat(TieBreak.parse("lottery,frl")).containsExactly(TieBreak.HIGHER_LOW_INCOME, TieBreak.LOTTERY);
        assertThat(TieBreak.format(TieBreak.parse("enrollment,lottery"))).isEqualTo("enrollment,lottery");
        assertThat(TieBreak.describe(TieBreak.DEFAULT))
                .isEqualTo("higher low-income share, then larger enrollment, then lottery");
        assertThat(new SelectionRound(0, 1, "R", 1, null, null, 1, AggregationMethod.MEAN, 1, false,
                List.of(TieBreak.LARGER_ENROLLMENT)).tieBreaks()).containsExactly(TieBreak.LARGER_ENROLLMENT, TieBreak.LOTTERY);
    }

    @Test
    void unknownOrRepeatedNamesAreRefusedInPlainWords() {
        assertThatThrownBy(() -> TieBreak.parse("frl,size")).hasMessage("\"size\" is not a tie-break; use frl, enrollment and lottery.");
        assertThatThrownBy(() -> TieBreak.parse("frl,frl")).hasMessage("The tie-break frl is named twice.");
        assertThatThrownBy(() -> TieBreak.parse(" ")).hasMessage("Name at least one tie-break: frl, enrollment or lottery.");
    }
}
