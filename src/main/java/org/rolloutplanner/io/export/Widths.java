package org.rolloutplanner.io.export;

import java.util.Arrays;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Column widths that fit the content, from the length of the text each column will show (Sheet.autoSizeColumn
 * measures every cell with the font and takes seconds on a 10,000-row sheet; counting characters is enough).
 */
final class Widths {

    private static final int MAX_CHARS = 60;
    private final int[] chars;

    Widths(int columns) {
        chars = new int[columns];
    }

    /** Notes that column {@code col} shows {@code text}. */
    Widths see(int col, String text) {
        if (text != null) {
            see(col, text.length());
        }
        return this;
    }

    Widths see(int col, int length) {
        if (col < chars.length) {
            chars[col] = Math.max(chars[col], length);
        }
        return this;
    }

    /** Sets the widths: the longest text plus a little room, between 4 and 60 characters. */
    void apply(Sheet sheet) {
        for (int c = 0; c < chars.length; c++) {
            int w = Math.clamp(chars[c] + 2, 4, MAX_CHARS);
            sheet.setColumnWidth(c, w * 256 + 128);
        }
    }

    int[] chars() {
        return Arrays.copyOf(chars, chars.length);
    }
}
