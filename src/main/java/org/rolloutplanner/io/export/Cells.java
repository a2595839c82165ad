package org.rolloutplanner.io.export;

import java.time.LocalDate;
import java.time.YearMonth;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Writes cells the one safe way for each kind of value: text (anything a person typed: names, ids, regions) only
 * ever as a string cell with the text format "@", so "=HYPERLINK(…)" or "007" stays exactly what was typed; numbers
 * and dates as numbers with a format; formulas only from this code's own strings.
 */
final class Cells {

    final WorkbookStyles styles;
    private long count;

    Cells(WorkbookStyles styles) {
        this.styles = styles;
    }

    long count() {
        return count;
    }

    static Row row(Sheet sheet, int index) {
        Row r = sheet.getRow(index);
        return r != null ? r : sheet.createRow(index);
    }

    /** A string cell, never a formula whatever the text looks like. */
    Cell text(Row row, int col, String value) {
        return text(row, col, value, styles.text);
    }

    Cell text(Row row, int col, String value, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellStyle(style);
        if (value != null && !value.isEmpty()) {
            c.setCellValue(value);
        }
        count++;
        return c;
    }

    Cell number(Row row, int col, double value, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellStyle(style);
        c.setCellValue(value);
        count++;
        return c;
    }

    /** A month as a real date (its first day), shown as "Aug 2015"; nothing when null. */
    Cell monthStart(Row row, int col, YearMonth m) {
        return m == null ? null : date(row, col, m.atDay(1), styles.month);
    }

    /** The last month of a phase as a real date (its last day), shown as "Jul 2016"; nothing when null. */
    Cell monthEnd(Row row, int col, YearMonth m) {
        return m == null ? null : date(row, col, m.atEndOfMonth(), styles.month);
    }

    Cell date(Row row, int col, LocalDate d, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellStyle(style);
        c.setCellValue(d);
        count++;
        return c;
    }

    /** A formula this code wrote (never containing user text). */
    Cell formula(Row row, int col, String formula, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellStyle(style);
        c.setCellFormula(formula);
        count++;
        return c;
    }

    /** A styled cell without a value (a month of the timeline filled with a phase's colour). */
    Cell blank(Row row, int col, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellStyle(style);
        count++;
        return c;
    }
}
