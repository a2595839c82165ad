package org.rolloutplanner.domain.selection;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Number formatting for messages. */
public final class Numbers {

    private Numbers() {
    }

    /** 500 → "500", 2.5 → "2.5", 3.3333 → "3.33". */
    public static String plain(double d) {
        if (!Double.isFinite(d)) {
            return "–";
        }
        return BigDecimal.valueOf(d).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** Rounded to 6 decimals (for output files). */
    public static double round6(double d) {
        return Double.isFinite(d) ? BigDecimal.valueOf(d).setScale(6, RoundingMode.HALF_UP).doubleValue() : d;
    }
}
