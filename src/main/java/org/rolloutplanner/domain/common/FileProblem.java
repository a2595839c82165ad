package org.rolloutplanner.domain.common;

/**
 * A problem found in a file, located so a person can find it: file name, sheet (workbooks only),
 * row (1-based, as a spreadsheet shows it; 0 when the whole file is meant) and column name.
 */
public record FileProblem(String file, String sheet, int row, String column, String message) {

    public FileProblem {
        file = file == null ? "" : file;
        sheet = sheet == null ? "" : sheet;
        column = column == null ? "" : column;
    }

    public static FileProblem whole(String file, String message) {
        return new FileProblem(file, "", 0, "", message);
    }

    /** "roster.csv, row 7, column enrollment: Enrollment cannot be negative." */
    public String describe() {
        StringBuilder sb = new StringBuilder(file);
        if (!sheet.isEmpty()) {
            sb.append(", sheet ").append(sheet);
        }
        if (row > 0) {
            sb.append(", row ").append(row);
        }
        if (!column.isEmpty()) {
            sb.append(", column ").append(column);
        }
        return sb.append(": ").append(message).toString();
    }

    @Override
    public String toString() {
        return describe();
    }
}
