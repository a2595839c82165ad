package org.rolloutplanner.io.table;

import java.io.BufferedInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.rolloutplanner.domain.common.FileProblemsException;

/**
 * Reads a CSV or other delimited text file with Apache Commons CSV, streaming: the file is never held whole.
 * The encoding comes from the byte-order mark, else UTF-8 when the whole file is valid UTF-8, else Windows-1252
 * (which also covers latin-1 text); the delimiter (comma, semicolon or tab) from the first lines, outside quotes.
 */
final class CsvReader implements RowReader {

    /** Longer lines are refused: no real table has them, and they would have to be held whole. */
    static final int MAX_LINE_CHARS = 4_000_000;
    /** Longer records are refused: a quote that never closes would otherwise swallow the rest of the file whole. */
    static final int MAX_RECORD_CHARS = 16_000_000;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final char[] DELIMITERS = {',', ';', '\t'};

    /** The text encoding of a file and the length of its byte-order mark. */
    record Encoding(Charset charset, int bomLength, String name) {
    }

    /** The delimiter and whether the first line is Excel's "sep=;" hint (then skipped). */
    record Dialect(char delimiter, boolean sepLine) {
        String name() {
            return switch (delimiter) {
                case ';' -> "separated by semicolons";
                case '\t' -> "separated by tabs";
                default -> "separated by commas";
            };
        }
    }

    private final String fileName;
    private final LineGuard guard;
    private final CountingInputStream counting;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final int lineOffset;

    private CsvReader(String fileName, LineGuard guard, CountingInputStream counting, CSVParser parser, int lineOffset) {
        this.fileName = fileName;
        this.guard = guard;
        this.counting = counting;
        this.parser = parser;
        this.records = parser.iterator();
        this.lineOffset = lineOffset;
    }

    static Table open(Path file, String fileName, byte[] head, TableFiles.OpenOptions options, ReadProgress progress)
            throws IOException, FileProblemsException {
        Encoding encoding = encoding(file, head);
        String sample = decodeSample(head, encoding);
        Dialect dialect = dialect(sample);
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(dialect.delimiter())
                .setQuote('"')
                .setEscape(null)
                .setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(false)
                .setTrim(false)
                .setLenientEof(true)
                .setTrailingData(true)
                .get();
        long total = Files.size(file);
        CountingInputStream counting = new CountingInputStream(
                new BufferedInputStream(Files.newInputStream(file), 1 << 16), total, progress);
        try {
            counting.skipNBytes(encoding.bomLength());
            LineGuard text = new LineGuard(new InputStreamReader(counting, encoding.charset().newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)));
            int offset = 0;
            if (dialect.sepLine()) {
                skipLine(text);
                offset = 1;
            }
            CsvReader reader = new CsvReader(fileName, text, counting, CSVParser.parse(text, format), offset);
            String description = "CSV, " + encoding.name() + ", " + dialect.name();
            return new Table(fileName, "", description, reader, options.headerRow());
        } catch (IOException | FileProblemsException | RuntimeException failed) {
            counting.close();
            throw failed;
        }
    }

    private static void skipLine(Reader text) throws IOException {
        int c;
        while ((c = text.read()) != -1 && c != '\n') {
            // the "sep=;" line
        }
    }

    @Override
    public TableRow next() throws IOException, FileProblemsException {
        long linesBefore = parser.getCurrentLineNumber();
        int row = (int) Math.min(Integer.MAX_VALUE, linesBefore + 1 + lineOffset);
        guard.recordStarts();
        try {
            if (!records.hasNext()) {
                return null;
            }
            CSVRecord record = records.next();
            return new TableRow(row, Collections.unmodifiableList(Arrays.asList(record.values())));
        } catch (UncheckedIOException | IllegalStateException failure) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof RecordTooLong) {
                    throw Problems.at(fileName, "", row, "A quoted value starting on this line never ends (or runs "
                            + "past " + String.format("%,d", MAX_RECORD_CHARS) + " characters). Check the quote "
                            + "marks on this line.");
                }
                if (cause instanceof LineTooLong tooLong) {
                    throw Problems.at(fileName, "", tooLong.line, "This line is longer than "
                            + String.format("%,d", MAX_LINE_CHARS) + " characters; the file does not look like a "
                            + "table.");
                }
            }
            throw Problems.at(fileName, "", row, "This line could not be read as CSV: a quoted value is not closed "
                    + "or quote marks are out of place. Check the quotes on this line.");
        }
    }

    @Override
    public void close() throws IOException {
        parser.close();
        counting.close();
    }

    // ---- encoding ------------------------------------------------------------------------------------------

    /** BOM, else UTF-16 without BOM (zero bytes in every other place), else UTF-8 if valid, else Windows-1252. */
    static Encoding encoding(Path file, byte[] head) throws IOException {
        Encoding marked = byteOrder(head);
        if (marked != null) {
            return marked;
        }
        return isUtf8(file) ? new Encoding(StandardCharsets.UTF_8, 0, "UTF-8")
                : new Encoding(WINDOWS_1252, 0, "Windows-1252");
    }

    /** The encoding told by a byte-order mark or by UTF-16's zero bytes, or null. */
    static Encoding byteOrder(byte[] head) {
        int n = head.length;
        if (n >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return new Encoding(StandardCharsets.UTF_8, 3, "UTF-8");
        }
        if (n >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return new Encoding(StandardCharsets.UTF_16LE, 2, "UTF-16");
        }
        if (n >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return new Encoding(StandardCharsets.UTF_16BE, 2, "UTF-16");
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < n; i++) {
            if (head[i] == 0) {
                if ((i & 1) == 0) {
                    evenZeros++;
                } else {
                    oddZeros++;
                }
            }
        }
        int pairs = n / 2;
        if (pairs >= 2 && oddZeros * 10 >= pairs * 7 && evenZeros * 10 <= pairs) {
            return new Encoding(StandardCharsets.UTF_16LE, 0, "UTF-16");
        }
        if (pairs >= 2 && evenZeros * 10 >= pairs * 7 && oddZeros * 10 <= pairs) {
            return new Encoding(StandardCharsets.UTF_16BE, 0, "UTF-16");
        }
        return null;
    }

    /** Whether the whole file is valid UTF-8 (plain ASCII is). One fast pass over the bytes. */
    static boolean isUtf8(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            int need = 0;
            int read;
            while ((read = in.read(buffer)) > 0) {
                need = utf8Continue(buffer, read, need);
                if (need < 0) {
                    return false;
                }
            }
            return true; // a character cut off at the very end does not make the rest of the file another encoding
        }
    }

    /**
     * True when the bytes look like binary data rather than text: more than 1 in 10 control characters, more than 1
     * in 20 zero bytes, or invalid UTF-8 with more than 3 in 10 bytes above ASCII (Windows-1252 text has far fewer).
     */
    static boolean looksBinary(byte[] head) {
        if (head.length == 0) {
            return false;
        }
        int controls = 0;
        int zeros = 0;
        int high = 0;
        for (byte b : head) {
            int u = b & 0xFF;
            if (u == 0) {
                zeros++;
            }
            if ((u < 0x20 && u != '\t' && u != '\n' && u != '\r' && u != '\f') || u == 0x7F) {
                controls++;
            }
            if (u >= 0x80) {
                high++;
            }
        }
        return controls * 10 > head.length || zeros * 20 > head.length
                || (high * 10 > head.length * 3 && !isUtf8(head, head.length));
    }

    /** Whether the bytes are valid UTF-8, allowing a character cut off at the very end. */
    static boolean isUtf8(byte[] bytes, int length) {
        return utf8Continue(bytes, length, 0) >= 0;
    }

    /**
     * Checks bytes as UTF-8 given the continuation bytes still {@code need}ed from the bytes before; returns the
     * continuation bytes needed after them, or -1 at the first byte that cannot be UTF-8.
     */
    private static int utf8Continue(byte[] bytes, int length, int need) {
        for (int i = 0; i < length; i++) {
            int b = bytes[i];
            if (need == 0) {
                if (b >= 0) {
                    continue;
                }
                int u = b & 0xFF;
                if (u >= 0xC2 && u <= 0xDF) {
                    need = 1;
                } else if (u >= 0xE0 && u <= 0xEF) {
                    need = 2;
                } else if (u >= 0xF0 && u <= 0xF4) {
                    need = 3;
                } else {
                    return -1;
                }
            } else if ((b & 0xC0) == 0x80) {
                need--;
            } else {
                return -1;
            }
        }
        return need;
    }

    private static String decodeSample(byte[] head, Encoding encoding) {
        ByteBuffer bytes = ByteBuffer.wrap(head, encoding.bomLength(), head.length - encoding.bomLength());
        return encoding.charset().decode(bytes).toString();
    }

    // ---- dialect ---------------------------------------------------------------------------------------------

    /**
     * The delimiter used on the most lines the same number of times (outside quotes), among the first 30 lines;
     * a tie goes to the one used more often per line. Excel's "sep=;" first line wins outright.
     */
    static Dialect dialect(String sample) {
        String start = sample.length() > 8 ? sample.substring(0, 8) : sample;
        if (start.regionMatches(true, 0, "sep=", 0, 4) && start.length() >= 5) {
            char d = start.charAt(4);
            if (d == ',' || d == ';' || d == '\t' || d == '|') {
                return new Dialect(d, true);
            }
        }
        List<int[]> lines = new ArrayList<>();
        int[] counts = new int[DELIMITERS.length];
        boolean inQuotes = false;
        boolean any = false;
        for (int i = 0; i < sample.length() && lines.size() < 30; i++) {
            char c = sample.charAt(i);
            if (c == '"') {
                inQuotes = !inQuotes;
            } else if (!inQuotes && (c == '\n' || c == '\r')) {
                if (any) {
                    lines.add(counts);
                }
                counts = new int[DELIMITERS.length];
                any = false;
            } else if (!inQuotes) {
                for (int d = 0; d < DELIMITERS.length; d++) {
                    if (c == DELIMITERS[d]) {
                        counts[d]++;
                    }
                }
                any |= !Character.isWhitespace(c);
            }
        }
        if (any && lines.isEmpty()) {
            lines.add(counts); // a one-line sample; a cut-off last line of a longer sample is left out
        }
        int best = 0;
        int bestLines = 0;
        int bestCount = 0;
        for (int d = 0; d < DELIMITERS.length; d++) {
            Map<Integer, Integer> frequency = new HashMap<>();
            for (int[] line : lines) {
                if (line[d] > 0) {
                    frequency.merge(line[d], 1, Integer::sum);
                }
            }
            for (Map.Entry<Integer, Integer> entry : frequency.entrySet()) {
                int onLines = entry.getValue();
                int count = entry.getKey();
                if (onLines > bestLines || (onLines == bestLines && count > bestCount)) {
                    best = d;
                    bestLines = onLines;
                    bestCount = count;
                }
            }
        }
        return new Dialect(DELIMITERS[best], false);
    }

    // ---- streams -----------------------------------------------------------------------------------------------

    /** Refuses a line of absurd length instead of holding it whole. */
    private static final class LineGuard extends FilterReader {
        private long read;
        private long recordStart;
        private long sinceBreak;
        private int line = 1;

        LineGuard(Reader in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0) {
                check((char) c);
            }
            return c;
        }

        @Override
        public int read(char[] buffer, int off, int len) throws IOException {
            int n = super.read(buffer, off, len);
            if (n <= 0) {
                return n;
            }
            read += n;
            if (read - recordStart > MAX_RECORD_CHARS) {
                throw new RecordTooLong();
            }
            long since = sinceBreak;
            for (int i = off, end = off + n; i < end; i++) {
                char c = buffer[i];
                if (c == '\n') {
                    since = 0;
                    line++;
                } else if (c == '\r') {
                    since = 0;
                } else if (++since > MAX_LINE_CHARS) {
                    throw new LineTooLong(line);
                }
            }
            sinceBreak = since;
            return n;
        }

        /** Called before each record: the parser reads ahead a little, so the count is close, not exact. */
        void recordStarts() {
            recordStart = read;
        }

        private void check(char c) throws IOException {
            if (++read - recordStart > MAX_RECORD_CHARS) {
                throw new RecordTooLong();
            }
            if (c == '\n') {
                sinceBreak = 0;
                line++;
            } else if (c == '\r') {
                sinceBreak = 0;
            } else if (++sinceBreak > MAX_LINE_CHARS) {
                throw new LineTooLong(line);
            }
        }
    }

    private static final class RecordTooLong extends IOException {
        RecordTooLong() {
            super("record too long");
        }
    }

    private static final class LineTooLong extends IOException {
        private final int line;

        LineTooLong(int line) {
            super("line " + line + " too long");
            this.line = line;
        }
    }
}
