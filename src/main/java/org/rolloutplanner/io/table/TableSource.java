package org.rolloutplanner.io.table;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.rolloutplanner.domain.common.FileProblemsException;

/**
 * A table read from a user's file (a CSV file or one sheet of a workbook), streamed row by row so that files of
 * millions of rows are never held whole. Cells are text exactly as the user sees them (a workbook's number cells
 * formatted as Excel shows them, never in exponent form for ids; formula cells give their cached value).
 * <p>
 * Opened by {@link TableFiles#open}; close it when done.
 */
public interface TableSource extends AutoCloseable {

    /** The file's name as the user knows it (no folders), used in messages. */
    String fileName();

    /** The sheet's name for a workbook, "" for a CSV file. */
    String sheetName();

    /** 1-based row number of the header row in the file or sheet. */
    int headerRow();

    /** The column names from the header row, in file order (blank names become "Column N"). */
    List<String> header();

    /**
     * The data rows after the header, in order. Each row has its 1-based row number as a spreadsheet shows it
     * (for CSV: the record's first line number); rows may be shorter or longer than the header. Blank rows are
     * skipped. May be called once.
     * <p>
     * A file that turns out to be unreadable part-way makes the iterator throw a {@link TableReadException}
     * (unchecked) carrying the located problem; {@link #forEachRow} turns it back into a {@link FileProblemsException}.
     */
    Iterator<TableRow> rows() throws IOException;

    /**
     * Every data row in order, as {@link #rows()}, but a file unreadable part-way ends in a
     * {@link FileProblemsException} (file, sheet and row named) instead of an unchecked exception.
     */
    default void forEachRow(Consumer<TableRow> action) throws IOException, FileProblemsException {
        try {
            Iterator<TableRow> rows = rows();
            while (rows.hasNext()) {
                action.accept(rows.next());
            }
        } catch (TableReadException unreadable) {
            throw unreadable.problems();
        }
    }

    /** What the file was read as, in plain words: "CSV, UTF-8, separated by semicolons", "Excel workbook (.xlsx)". */
    default String formatDescription() {
        return "";
    }

    @Override
    void close() throws IOException;
}
