package org.rolloutplanner.io.table;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.regex.Pattern;
import org.rolloutplanner.domain.common.FileProblem;
import org.rolloutplanner.domain.common.FileProblemsException;

/**
 * A {@link TableSource} over any {@link RowReader}: finds the header row (or takes the one asked for), skips blank
 * rows, and streams the rest.
 */
final class Table implements TableSource {

    /** How many non-blank rows are looked at to find the header. */
    static final int HEADER_SEARCH_ROWS = 50;

    private static final Pattern NUMBER_LIKE =
            Pattern.compile("[-+(]?[$€£]?\\s*[0-9][0-9,. ]*([%)]|[eE][-+]?[0-9]+)?|[0-9]{4}-[0-9]{2}-[0-9]{2}.*");

    private final String fileName;
    private final String sheetName;
    private final String description;
    private final RowReader reader;
    private final Deque<TableRow> pending = new ArrayDeque<>();
    private final int headerRow;
    private final List<String> header;
    private boolean rowsTaken;

    Table(String fileName, String sheetName, String description, RowReader reader, int wantedHeaderRow)
            throws IOException, FileProblemsException {
        this.fileName = fileName;
        this.sheetName = sheetName;
        this.description = description;
        this.reader = reader;
        TableRow found = wantedHeaderRow > 0 ? takeHeaderRow(wantedHeaderRow) : findHeaderRow();
        this.headerRow = found.rowNumber();
        this.header = headerNames(found.cells());
    }

    private TableRow takeHeaderRow(int wanted) throws IOException, FileProblemsException {
        int last = 0;
        for (TableRow row = reader.next(); row != null; row = reader.next()) {
            if (row.rowNumber() == wanted) {
                if (isBlank(row)) {
                    throw problem(wanted, "Row " + wanted + " is empty, so it cannot be the header row.");
                }
                return row;
            }
            if (row.rowNumber() > wanted) {
                if (!isBlank(row)) {
                    pending.add(row);
                }
                throw problem(wanted, "Row " + wanted + " is empty, so it cannot be the header row.");
            }
            last = row.rowNumber();
        }
        throw problem(0, last == 0 ? emptyMessage()
                : "There is no row " + wanted + " to use as the header (the last row is " + last + ").");
    }

    /**
     * The header is the first row with at least two text cells (not numbers or dates) that is about as wide as the
     * rows below it and has a row after it; failing that the first row with two text cells; failing that the first
     * non-blank row. Title lines and notes above a table are passed over that way.
     */
    private TableRow findHeaderRow() throws IOException, FileProblemsException {
        List<TableRow> buffer = new ArrayList<>();
        for (TableRow row = reader.next(); row != null && buffer.size() < HEADER_SEARCH_ROWS; row = reader.next()) {
            if (!isBlank(row)) {
                buffer.add(row);
            }
            if (buffer.size() == HEADER_SEARCH_ROWS) {
                break;
            }
        }
        if (buffer.isEmpty()) {
            throw problem(0, emptyMessage());
        }
        int widest = 0;
        for (TableRow row : buffer) {
            widest = Math.max(widest, nonEmpty(row));
        }
        int chosen = -1;
        for (int i = 0; i + 1 < buffer.size() && chosen < 0; i++) {
            int texts = textCells(buffer.get(i));
            if (texts >= 2 && nonEmpty(buffer.get(i)) * 2 >= widest) {
                chosen = i;
            }
        }
        for (int i = 0; i < buffer.size() && chosen < 0; i++) {
            if (textCells(buffer.get(i)) >= 2) {
                chosen = i;
            }
        }
        if (chosen < 0) {
            chosen = 0;
        }
        pending.addAll(buffer.subList(chosen + 1, buffer.size()));
        return buffer.get(chosen);
    }

    private String emptyMessage() {
        return sheetName.isEmpty() ? "The file has no rows: it is empty." : "The sheet is empty.";
    }

    private FileProblemsException problem(int row, String message) {
        return new FileProblemsException(new FileProblem(fileName, sheetName, row, "", message));
    }

    private static List<String> headerNames(List<String> cells) {
        int end = cells.size();
        while (end > 0 && clean(cells.get(end - 1)).isEmpty()) {
            end--;
        }
        List<String> names = new ArrayList<>(end);
        for (int i = 0; i < end; i++) {
            String name = clean(cells.get(i));
            names.add(name.isEmpty() ? "Column " + (i + 1) : name);
        }
        return List.copyOf(names);
    }

    private static String clean(String cell) {
        return cell == null ? "" : cell.replace("\0", "").replace('\n', ' ').replace('\r', ' ').strip();
    }

    static boolean isBlank(TableRow row) {
        for (String cell : row.cells()) {
            if (cell != null && !cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static int nonEmpty(TableRow row) {
        int count = 0;
        for (String cell : row.cells()) {
            if (cell != null && !cell.isBlank()) {
                count++;
            }
        }
        return count;
    }

    private static int textCells(TableRow row) {
        int count = 0;
        for (String cell : row.cells()) {
            if (cell != null && !cell.isBlank() && !NUMBER_LIKE.matcher(cell.strip()).matches()) {
                count++;
            }
        }
        return count;
    }

    @Override
    public String fileName() {
        return fileName;
    }

    @Override
    public String sheetName() {
        return sheetName;
    }

    @Override
    public int headerRow() {
        return headerRow;
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public String formatDescription() {
        return description;
    }

    @Override
    public Iterator<TableRow> rows() {
        if (rowsTaken) {
            throw new IllegalStateException("rows() may be called once");
        }
        rowsTaken = true;
        return new Iterator<>() {
            private TableRow next;
            private boolean done;

            @Override
            public boolean hasNext() {
                if (next == null && !done) {
                    next = advance();
                    done = next == null;
                }
                return next != null;
            }

            @Override
            public TableRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                TableRow row = next;
                next = null;
                return row;
            }
        };
    }

    private TableRow advance() {
        if (!pending.isEmpty()) {
            return pending.poll();
        }
        try {
            for (TableRow row = reader.next(); row != null; row = reader.next()) {
                if (!isBlank(row)) {
                    return row;
                }
            }
            return null;
        } catch (FileProblemsException unreadable) {
            throw new TableReadException(unreadable);
        } catch (IOException | RuntimeException failed) {
            throw new TableReadException(problem(0, "The file could not be read to the end: "
                    + Problems.plainDetail(failed)));
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
