package org.rolloutplanner.io.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.rolloutplanner.io.table.TableFixtures.read;
import static org.rolloutplanner.io.table.TableFixtures.refusal;
import static org.rolloutplanner.io.table.TableFixtures.write;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rolloutplanner.domain.common.FileProblem;
import org.rolloutplanner.domain.common.FileProblemsException;

class WorkbookTableTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "xlsx={0}")
    @ValueSource(booleans = {true, false})
    void readsTheFirstVisibleSheetWithCellsAsTheUserSeesThem(boolean xlsx) throws Exception {
        Path file = write(dir, xlsx ? "schools.xlsx" : "schools.xls", TableFixtures.schoolWorkbook(xlsx));

        TableFixtures.Read table = read(file);

        assertThat(table.sheet()).isEqualTo("Schools");
        assertThat(table.headerRow()).isEqualTo(3);
        assertThat(table.header()).containsExactly("NCESSCH", "School name", "Opened", "FRL", "Zip", "Enrollment",
                "Double", "Check", "Ratio");
        assertThat(table.rows()).extracting(TableRow::rowNumber).containsExactly(4, 5, 7);
        assertThat(table.rows().get(0).cells()).containsExactly(
                "100005000000", "Adams Elementary", "1998-08-24", "45%", "02101", "412",
                "999", // the formula's cached value, not F4*2
                "",    // #DIV/0!
                "100005000001"); // a scientific format still gives every digit
        assertThat(table.rows().get(1).cells()).containsExactly(
                "010005000002", "Baker Middle", "", "", "", "650.5", "", "TRUE");
        assertThat(table.rows().get(2).cells()).containsExactly("100005000003", "Carver High"); // hidden row kept
        assertThat(table.description()).isEqualTo(xlsx ? "Excel workbook (.xlsx)" : "Excel 97-2003 workbook (.xls)");
    }

    @ParameterizedTest(name = "xlsx={0}")
    @ValueSource(booleans = {true, false})
    void listsSheetsAndOpensTheOneAskedFor(boolean xlsx) throws Exception {
        Path file = write(dir, xlsx ? "schools.xlsx" : "schools.xls", TableFixtures.schoolWorkbook(xlsx));

        assertThat(TableFiles.sheetNames(file)).containsExactly("Notes", "Schools", "Other");
        assertThat(TableFiles.sheets(file)).extracting(TableFiles.Sheet::hidden).containsExactly(true, false, false);

        TableFixtures.Read other = read(file, new TableFiles.OpenOptions("other", 0));
        assertThat(other.sheet()).isEqualTo("Other");
        assertThat(other.header()).containsExactly("a", "b");
        assertThat(other.rows()).containsExactly(new TableRow(2, List.of("1")));

        TableFixtures.Read hidden = read(file, new TableFiles.OpenOptions("Notes", 1));
        assertThat(hidden.header()).containsExactly("hidden notes");

        FileProblemsException missing = assertThrows(FileProblemsException.class,
                () -> read(file, new TableFiles.OpenOptions("Budget", 0)));
        assertThat(missing.getMessage()).isEqualTo(file.getFileName()
                + ": The workbook has no sheet named \"Budget\". Its sheets are: Notes, Schools, Other.");
    }

    @Test
    void previewOfAWorkbookNamesItsSheets() throws Exception {
        Path file = write(dir, "schools.xlsx", TableFixtures.schoolWorkbook(true));
        TablePreview preview = TableFiles.preview(file, TableFiles.OpenOptions.DEFAULT, 1);
        assertThat(preview.sheetNames()).containsExactly("Notes", "Schools", "Other");
        assertThat(preview.sheetName()).isEqualTo("Schools");
        assertThat(preview.rows()).hasSize(1);
    }

    @Test
    void typeComesFromTheContentNotTheName() throws Exception {
        Path xlsAsXlsx = write(dir, "really-xls.xlsx", TableFixtures.schoolWorkbook(false));
        assertThat(read(xlsAsXlsx).description()).isEqualTo("Excel 97-2003 workbook (.xls)");

        Path xlsxAsXls = write(dir, "really-xlsx.xls", TableFixtures.schoolWorkbook(true));
        assertThat(read(xlsxAsXls).description()).isEqualTo("Excel workbook (.xlsx)");

        Path csvAsXlsx = write(dir, "really-csv.xlsx", "id,name\n1,Adams\n".getBytes(StandardCharsets.UTF_8));
        assertThat(read(csvAsXlsx).rows()).containsExactly(new TableRow(2, List.of("1", "Adams")));
    }

    @Test
    void anEncryptedXlsxIsRefusedAsPasswordProtected() throws Exception {
        Path file = write(dir, "locked.xlsx", TableFixtures.encryptedXlsx(TableFixtures.schoolWorkbook(true)));
        assertThat(refusal(file).problems()).containsExactly(FileProblem.whole("locked.xlsx", Problems.PASSWORD));
    }

    @Test
    void aPasswordProtectedXlsIsRefusedAsPasswordProtected() throws Exception {
        byte[] bytes;
        Biff8EncryptionKey.setCurrentUserPassword("secret");
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            wb.createSheet("S").createRow(0).createCell(0).setCellValue("id");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            bytes = out.toByteArray();
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        Path file = write(dir, "locked.xls", bytes);
        assertThat(refusal(file).problems()).containsExactly(FileProblem.whole("locked.xls", Problems.PASSWORD));
    }

    @Test
    void eachWrongKindOfFileHasItsOwnMessage() throws Exception {
        byte[] xlsx = TableFixtures.schoolWorkbook(true);
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("minutes");
            doc.write(docx);
        }
        var cases = new java.util.LinkedHashMap<String, byte[]>();
        cases.put("empty.csv", new byte[0]);
        cases.put("page.xls", "<!DOCTYPE html><html><body><table><tr><td>id</td></tr></table></body></html>"
                .getBytes(StandardCharsets.UTF_8));
        cases.put("report.xls", "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n".getBytes(StandardCharsets.US_ASCII));
        cases.put("cut.xlsx", java.util.Arrays.copyOf(xlsx, xlsx.length / 2));
        cases.put("photos.xlsx", TableFixtures.zip(java.util.Map.of("a.txt", "hello".getBytes())));
        cases.put("minutes.xlsx", docx.toByteArray());
        cases.put("junk.xlsx", junk());
        cases.put("xml2003.xls", ("<?xml version=\"1.0\"?><Workbook xmlns=\"urn:schemas-microsoft-com:office:"
                + "spreadsheet\"></Workbook>").getBytes(StandardCharsets.UTF_8));
        cases.put("archive.csv", new byte[] {0x1F, (byte) 0x8B, 8, 0, 0, 0, 0, 0});
        var messages = new java.util.HashMap<String, String>();
        for (var e : cases.entrySet()) {
            FileProblemsException refused = refusal(write(dir, e.getKey(), e.getValue()));
            assertThat(refused.problems()).singleElement().satisfies(p -> {
                assertThat(p.file()).isEqualTo(e.getKey());
                assertThat(p.message()).isNotBlank().doesNotContain("Exception").doesNotContain("\tat ");
            });
            String earlier = messages.put(refused.problems().getFirst().message(), e.getKey());
            assertThat(earlier).as("%s has the same message as %s", e.getKey(), earlier).isNull();
        }
        assertThat(refusal(dir.resolve("page.xls")).problems().getFirst().message()).contains("web page (HTML)");
        Path export = write(dir, "export.xls", "\uFEFF  <table><tr><td>id</td></tr></table>".getBytes(StandardCharsets.UTF_8));
        assertThat(refusal(export).problems().getFirst().message()).contains("web page (HTML)");
        assertThat(refusal(dir.resolve("report.xls")).problems().getFirst().message()).contains("PDF");
        assertThat(refusal(dir.resolve("empty.csv")).problems().getFirst().message()).isEqualTo("The file is empty.");
        assertThat(refusal(dir.resolve("cut.xlsx")).problems().getFirst().message()).contains("cut off");
        assertThat(refusal(dir.resolve("photos.xlsx")).problems().getFirst().message()).contains("zip archive");
        assertThat(refusal(dir.resolve("minutes.xlsx")).problems().getFirst().message()).contains("Word document");
        assertThat(refusal(dir.resolve("junk.xlsx")).problems().getFirst().message()).contains("binary data");
    }

    private static byte[] junk() {
        byte[] bytes = new byte[5000];
        new java.util.Random(3).nextBytes(bytes);
        bytes[0] = 0x13; // not any file type's magic number
        return bytes;
    }

    @Test
    void aZipBombIsRefusedAsTooLargeToOpenSafely() throws Exception {
        StringBuilder rows = new StringBuilder("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>id</t></is></c>"
                + "<c r=\"B1\" t=\"inlineStr\"><is><t>name</t></is></c></row>");
        rows.append(" ".repeat(40_000_000)); // deflates over 1000:1, past POI's 1% minimum inflate ratio
        Path file = write(dir, "bomb.xlsx", TableFixtures.xlsxWithSheetXml("", rows.toString()));

        FileProblemsException refused = refusal(file);

        assertThat(refused.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("bomb.xlsx");
            assertThat(p.message()).isEqualTo(Problems.BOMB).contains("too large to open safely");
        });
    }

    @Test
    void poisSafetyLimitsAreLeftOn() {
        assertThat(org.apache.poi.openxml4j.util.ZipSecureFile.getMinInflateRatio()).isEqualTo(0.01);
        assertThat(org.apache.poi.openxml4j.util.ZipSecureFile.getMaxEntrySize()).isEqualTo(0xFFFFFFFFL);
        assertThat(org.apache.poi.util.IOUtils.getByteArrayMaxOverride()).isEqualTo(-1);
    }

    @Test
    void absurdRowNumbersAreLocatedAndDimensionsIgnored() throws Exception {
        Path huge = write(dir, "huge.xlsx", TableFixtures.xlsxWithSheetXml("<dimension ref=\"A1:XFD1048576\"/>",
                "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>id</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>name"
                        + "</t></is></c></row><row r=\"2\"><c r=\"A2\"><v>7</v></c></row>"
                        + "<row r=\"1048576\"><c r=\"XFD1048576\"><v>8</v></c></row>"
                        + "<row r=\"99999999\"><c r=\"A5\"><v>9</v></c></row>"));

        FileProblemsException refused = refusal(huge);

        assertThat(refused.problems()).containsExactly(new FileProblem("huge.xlsx", "Sheet1", 1_048_576, "",
                "The sheet is damaged: a row is numbered \"99999999\", which is not a row number Excel can have "
                        + "(1 to 1,048,576)."));
    }

    @Test
    void brokenXmlInsideAValidZipIsLocatedAtTheRowWhereReadingStopped() throws Exception {
        Path broken = write(dir, "broken.xlsx", TableFixtures.xlsxWithSheetXml("",
                "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>id</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>n"
                        + "</t></is></c></row><row r=\"2\"><c r=\"A2\"><v>7</v></c></row><row r=\"3\"><c r=\"A3\"><v>8"));
        assertThat(refusal(broken).problems()).containsExactly(new FileProblem("broken.xlsx", "Sheet1", 3, "",
                "The sheet is damaged here: its data could not be read from this row on."));
    }
}
