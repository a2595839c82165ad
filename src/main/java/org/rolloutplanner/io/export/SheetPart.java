package org.rolloutplanner.io.export;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * One sheet of the workbook, written in two steps. {@link #template} runs on the in-memory sheet (XSSF): column
 * widths, frozen panes, print set-up, tables, charts and rows whose formulas must be evaluated. {@link #stream} then
 * appends the bulk rows through the streaming writer (SXSSF), which keeps only a window of rows in memory; its rows
 * must come after the template's last row.
 */
interface SheetPart {

    /** Rows the streamed part will write (for progress); 0 when the sheet is written whole in {@link #template}. */
    default int streamedRows() {
        return 0;
    }

    void template(XSSFSheet sheet);

    default void stream(Sheet sheet, RowProgress progress) {
    }

    /** Lets a streaming part report rows written and notice a cancel. */
    interface RowProgress {
        void rows(int written);
    }
}
