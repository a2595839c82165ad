package org.rolloutplanner.io.table;

import java.util.List;

/**
 * The first rows of a table, for a mapping step: file and sheet names, all sheet names (empty for CSV), the header
 * row's number and names, what the file was read as (e.g. "CSV, UTF-8, separated by semicolons") and up to the
 * requested number of data rows.
 */
public record TablePreview(String fileName, String sheetName, List<String> sheetNames, int headerRow,
                           List<String> header, String formatDescription, List<TableRow> rows) {

    public TablePreview {
        sheetNames = List.copyOf(sheetNames);
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }
}
