package org.rolloutplanner.io.table;

import java.util.List;

/** One data row of a {@link TableSource}: its 1-based row number in the file or sheet and its cells as text. */
public record TableRow(int rowNumber, List<String> cells) {

    /** The cell in the given 0-based column, "" when the row is shorter. */
    public String cell(int column) {
        return column < cells.size() && cells.get(column) != null ? cells.get(column) : "";
    }
}
