package org.rolloutplanner.io.table;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.rolloutplanner.domain.common.FileProblemsException;

/**
 * Opens users' table files: detects the type from the content (not the name), the encoding and the CSV dialect,
 * and for workbooks the sheet and the header row. Every refusal is a {@link FileProblemsException} whose
 * problems name the file (and sheet, row, column where they apply) in plain words.
 */
public final class TableFiles {

    private TableFiles() {
    }

    /** How to open a file: which sheet (null = the first visible one) and header row (0 = find it). */
    public record OpenOptions(String sheet, int headerRow) {
        public static final OpenOptions DEFAULT = new OpenOptions(null, 0);
    }

    /** The names of a workbook's sheets, in order; an empty list for a CSV file. */
    public static List<String> sheetNames(Path file) throws IOException, FileProblemsException {
        throw new UnsupportedOperationException("implemented by the table readers (issue 4)");
    }

    public static TableSource open(Path file, OpenOptions options) throws IOException, FileProblemsException {
        throw new UnsupportedOperationException("implemented by the table readers (issue 4)");
    }
}
