package org.rolloutplanner.io.table;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.rolloutplanner.domain.common.FileProblem;
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
        // TEMPORARY until the table readers land
        return List.of();
    }

    public static TableSource open(Path file, OpenOptions options) throws IOException, FileProblemsException {
        // TEMPORARY until the table readers land: UTF-8 (optional BOM), comma, header on row 1
        String name = file.getFileName().toString();
        var in = new PushbackReader(new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8), 1 << 16), 1);
        int first = in.read();
        if (first != -1 && first != '\uFEFF') {
            in.unread(first);
        }
        CSVParser parser = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get().parse(in);
        Iterator<CSVRecord> it = parser.iterator();
        if (!it.hasNext()) {
            parser.close();
            throw new FileProblemsException(FileProblem.whole(name, "The file is empty."));
        }
        List<String> header = new ArrayList<>();
        CSVRecord h = it.next();
        for (int i = 0; i < h.size(); i++) {
            header.add(h.get(i).isBlank() ? "Column " + (i + 1) : h.get(i).strip());
        }
        return new TableSource() {
            @Override
            public String fileName() {
                return name;
            }

            @Override
            public String sheetName() {
                return "";
            }

            @Override
            public int headerRow() {
                return 1;
            }

            @Override
            public List<String> header() {
                return header;
            }

            @Override
            public Iterator<TableRow> rows() {
                return new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        try {
                            return it.hasNext();
                        } catch (UncheckedIOException e) {
                            return false;
                        }
                    }

                    @Override
                    public TableRow next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        CSVRecord r = it.next();
                        return new TableRow((int) r.getRecordNumber(), r.toList());
                    }
                };
            }

            @Override
            public void close() throws IOException {
                parser.close();
            }
        };
    }
}
