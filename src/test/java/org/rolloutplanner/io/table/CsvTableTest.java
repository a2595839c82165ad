package org.rolloutplanner.io.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rolloutplanner.io.table.TableFixtures.read;
import static org.rolloutplanner.io.table.TableFixtures.refusal;
import static org.rolloutplanner.io.table.TableFixtures.write;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rolloutplanner.domain.common.FileProblem;
import org.rolloutplanner.domain.common.FileProblemsException;

class CsvTableTest {

    private static final String SCHOOLS = "id,name,enrollment\r\n"
            + "0101,Écoles Saint-Honoré,412\r\n"
            + "0102,Señora Núñez Academy,388\r\n";

    @TempDir
    Path dir;

    private static byte[] bytes(byte[] bom, String text, Charset charset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(bom);
        out.writeBytes(text.getBytes(charset));
        return out.toByteArray();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "UTF-8 without BOM, UTF-8, '', UTF-8",
            "UTF-8 with BOM, UTF-8, EFBBBF, UTF-8",
            "UTF-16 LE with BOM, UTF-16LE, FFFE, UTF-16",
            "UTF-16 BE with BOM, UTF-16BE, FEFF, UTF-16",
            "UTF-16 LE without BOM, UTF-16LE, '', UTF-16",
            "Windows-1252, windows-1252, '', Windows-1252",
            "latin-1, ISO-8859-1, '', Windows-1252"})
    void readsTheEncodingsPeopleHave(String label, String charset, String bomHex, String described) throws Exception {
        byte[] bom = java.util.HexFormat.of().parseHex(bomHex);
        Path file = write(dir, "schools.csv", bytes(bom, SCHOOLS, Charset.forName(charset)));

        TableFixtures.Read table = read(file);

        assertThat(table.header()).containsExactly("id", "name", "enrollment");
        assertThat(table.column(1)).containsExactly("Écoles Saint-Honoré", "Señora Núñez Academy");
        assertThat(table.column(0)).containsExactly("0101", "0102");
        assertThat(table.rows()).extracting(TableRow::rowNumber).containsExactly(2, 3);
        assertThat(table.description()).contains(described);
    }

    @Test
    void windows1252IsChosenWhenAnAccentFarDownTheFileIsNotUtf8() throws Exception {
        StringBuilder text = new StringBuilder("id,name\n");
        for (int i = 0; i < 20_000; i++) {
            text.append(i).append(",School ").append(i).append('\n');
        }
        text.append("20000,Café Élémentaire\n");
        Path file = write(dir, "late-accent.csv", text.toString().getBytes(Charset.forName("windows-1252")));

        TableFixtures.Read table = read(file);

        assertThat(table.rows().getLast().cells()).containsExactly("20000", "Café Élémentaire");
        assertThat(table.description()).contains("Windows-1252");
    }

    @ParameterizedTest(name = "delimiter {0}")
    @CsvSource(value = {"comma|,|commas", "semicolon|;|semicolons", "tab|TAB|tabs"}, delimiter = '|')
    void sniffsTheDelimiterOutsideQuotes(String label, String given, String described) throws Exception {
        String delimiter = given.equals("TAB") ? "\t" : given;
        // the other delimiters appear inside quoted values and must not win
        String text = String.join(delimiter, "id", "name", "frl") + "\n"
                + String.join(delimiter, "1", "\"Adams; Baker, and\tCo\"", "\"45,5\"") + "\n"
                + String.join(delimiter, "2", "\"Lee, Park; Kim\"", "12") + "\n";
        Path file = write(dir, "d.csv", text.getBytes(StandardCharsets.UTF_8));

        TableFixtures.Read table = read(file);

        assertThat(table.header()).containsExactly("id", "name", "frl");
        assertThat(table.rows().get(0).cells()).containsExactly("1", "Adams; Baker, and\tCo", "45,5");
        assertThat(table.description()).contains(described);
    }

    @Test
    void semicolonFileWithDecimalCommasIsStillSemicolons() throws Exception {
        String text = "id;name;frl_percent;teachers\n1;Adams;45,5;12,5\n2;Baker;3,25;20\n3;Carver;10;7,5\n";
        TableFixtures.Read table = read(write(dir, "eu.csv", text.getBytes(StandardCharsets.UTF_8)));
        assertThat(table.header()).containsExactly("id", "name", "frl_percent", "teachers");
        assertThat(table.rows().get(0).cells()).containsExactly("1", "Adams", "45,5", "12,5");
    }

    @Test
    void excelsSepLineSetsTheDelimiterAndCountsAsALine() throws Exception {
        String text = "sep=;\nid;name\n1;Adams, Baker\n";
        TableFixtures.Read table = read(write(dir, "sep.csv", text.getBytes(StandardCharsets.UTF_8)));
        assertThat(table.header()).containsExactly("id", "name");
        assertThat(table.headerRow()).isEqualTo(2);
        assertThat(table.rows().getFirst()).isEqualTo(new TableRow(3, List.of("1", "Adams, Baker")));
    }

    @Test
    void quotedNewlinesStayInTheCellAndRowNumbersAreTheRecordsFirstLine() throws Exception {
        String text = "id,name,notes\r\n"
                + "1,Adams,\"line one\r\nline two\r\nline three\"\r\n"
                + "\r\n"
                + "2,Baker,plain\r\n"
                + "3,\"Carver\nHigh\",x\n";
        TableFixtures.Read table = read(write(dir, "nl.csv", text.getBytes(StandardCharsets.UTF_8)));

        assertThat(table.rows()).extracting(TableRow::rowNumber).containsExactly(2, 6, 7);
        assertThat(table.rows().get(0).cell(2)).isEqualTo("line one\r\nline two\r\nline three");
        assertThat(table.rows().get(2).cell(1)).isEqualTo("Carver\nHigh");
    }

    @Test
    void raggedRowsAndDuplicateHeadersAreKeptForTheConsumerToJudge() throws Exception {
        String text = "id,name,name,\n1,Adams\n2,Baker,B,x,extra,more\n";
        TableFixtures.Read table = read(write(dir, "ragged.csv", text.getBytes(StandardCharsets.UTF_8)));

        assertThat(table.header()).containsExactly("id", "name", "name");
        assertThat(table.rows().get(0).cells()).containsExactly("1", "Adams");
        assertThat(table.rows().get(0).cell(5)).isEmpty();
        assertThat(table.rows().get(1).cells()).containsExactly("2", "Baker", "B", "x", "extra", "more");
    }

    @Test
    void blankHeaderNamesBecomeColumnN() throws Exception {
        String text = "id,,name\n1,x,Adams\n";
        TableFixtures.Read table = read(write(dir, "blank.csv", text.getBytes(StandardCharsets.UTF_8)));
        assertThat(table.header()).containsExactly("id", "Column 2", "name");
    }

    @Test
    void titleLinesAboveTheHeaderAreSkippedAndAnExplicitHeaderRowWins() throws Exception {
        String text = "Lincoln County schools\nExported 2025-09-01\n\nid,name,enrollment\n1,Adams,400\n2,Baker,300\n";
        Path file = write(dir, "title.csv", text.getBytes(StandardCharsets.UTF_8));

        TableFixtures.Read found = read(file);
        assertThat(found.headerRow()).isEqualTo(4);
        assertThat(found.header()).containsExactly("id", "name", "enrollment");
        assertThat(found.rows()).extracting(TableRow::rowNumber).containsExactly(5, 6);

        TableFixtures.Read explicit = read(file, new TableFiles.OpenOptions(null, 5));
        assertThat(explicit.header()).containsExactly("1", "Adams", "400");
        assertThat(explicit.rows()).extracting(TableRow::rowNumber).containsExactly(6);
    }

    @Test
    void aHeaderRowPastTheEndOrOnABlankLineIsRefusedWithItsRow() throws Exception {
        Path file = write(dir, "short.csv", "id,name\n\n1,Adams\n".getBytes(StandardCharsets.UTF_8));

        FileProblemsException pastEnd = org.junit.jupiter.api.Assertions.assertThrows(FileProblemsException.class,
                () -> read(file, new TableFiles.OpenOptions(null, 9)));
        assertThat(pastEnd.getMessage()).isEqualTo("short.csv: There is no row 9 to use as the header (the last row is 3).");

        FileProblemsException blank = org.junit.jupiter.api.Assertions.assertThrows(FileProblemsException.class,
                () -> read(file, new TableFiles.OpenOptions(null, 2)));
        assertThat(blank.problems()).containsExactly(
                new FileProblem("short.csv", "", 2, "", "Row 2 is empty, so it cannot be the header row."));
    }

    @Test
    void nulBytesInAFewPlacesStillRead() throws Exception {
        String text = "id,name\n1,Ad\0ams\n2,Baker\n";
        TableFixtures.Read table = read(write(dir, "nul.csv", text.getBytes(StandardCharsets.UTF_8)));
        assertThat(table.rows()).hasSize(2);
    }

    @Test
    void anAbsurdlyLongLineIsRefusedWithItsLineNumber() throws Exception {
        StringBuilder text = new StringBuilder("id,name\n1,Adams\n2,");
        text.append("x".repeat(CsvReader.MAX_LINE_CHARS + 10)).append('\n');
        Path file = write(dir, "long.csv", text.toString().getBytes(StandardCharsets.US_ASCII));

        FileProblemsException refused = refusal(file);

        assertThat(refused.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("long.csv");
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.message()).contains("longer than 4,000,000 characters");
        });
    }

    @Test
    void aQuoteThatNeverClosesIsRefusedAtItsLineInsteadOfSwallowingTheFile() throws Exception {
        String text = "id,name\n1,Adams\n2,\"Baker\n" + "3,Carver\n".repeat(CsvReader.MAX_RECORD_CHARS / 9 + 100_000);
        Path file = write(dir, "stray-quote.csv", text.getBytes(StandardCharsets.US_ASCII));

        assertThat(refusal(file).problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.message()).startsWith("A quoted value starting on this line never ends");
        });
    }

    @Test
    void anUnclosedQuoteAtTheEndReadsTheRestAsOneValue() throws Exception {
        String text = "id,name\n1,Adams\n2,\"Baker\n";
        TableFixtures.Read table = read(write(dir, "q.csv", text.getBytes(StandardCharsets.UTF_8)));
        assertThat(table.rows().get(1).cell(1)).isEqualTo("Baker\n");
    }

    @Test
    void progressReachesTheFileSize() throws Exception {
        StringBuilder text = new StringBuilder("id,name\n");
        for (int i = 0; i < 100_000; i++) {
            text.append(i).append(",School number ").append(i).append('\n');
        }
        Path file = write(dir, "big.csv", text.toString().getBytes(StandardCharsets.UTF_8));
        List<long[]> reports = new ArrayList<>();
        int rows = 0;
        try (TableSource table = TableFiles.open(file, TableFiles.OpenOptions.DEFAULT,
                (done, total) -> reports.add(new long[] {done, total}))) {
            for (var it = table.rows(); it.hasNext(); it.next()) {
                rows++;
            }
        }
        assertThat(rows).isEqualTo(100_000);
        assertThat(reports).hasSizeGreaterThan(3);
        assertThat(reports.getLast()).containsExactly(java.nio.file.Files.size(file), java.nio.file.Files.size(file));
        for (int i = 1; i < reports.size(); i++) {
            assertThat(reports.get(i)[0]).isGreaterThanOrEqualTo(reports.get(i - 1)[0]);
        }
    }

    @Test
    void previewGivesTheHeaderAndFirstRows() throws Exception {
        Path file = write(dir, "p.csv", "id;name\n1;A\n2;B\n3;C\n".getBytes(StandardCharsets.UTF_8));
        TablePreview preview = TableFiles.preview(file, TableFiles.OpenOptions.DEFAULT, 2);
        assertThat(preview.header()).containsExactly("id", "name");
        assertThat(preview.rows()).extracting(TableRow::rowNumber).containsExactly(2, 3);
        assertThat(preview.sheetNames()).isEmpty();
        assertThat(preview.formatDescription()).isEqualTo("CSV, UTF-8, separated by semicolons");
    }
}
