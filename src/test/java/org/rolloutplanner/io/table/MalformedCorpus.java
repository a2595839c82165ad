package org.rolloutplanner.io.table;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates the malformed files the hardening tests read: truncations of valid workbooks and CSV files at many
 * offsets, broken XML inside otherwise valid .xlsx zips, absurd dimensions and row numbers, formula and error cells,
 * merged and hidden cells, CSV dialect mixes, ragged rows, duplicate headers, NUL bytes, very long lines and junk.
 * Each entry: a file name (its extension often lies on purpose) and its bytes.
 */
final class MalformedCorpus {

    private MalformedCorpus() {
    }

    static final String SCHOOLS_CSV = "id,name,level,enrollment,frl_percent\r\n"
            + "0101,Adams Elementary,elementary,412,45.5\r\n"
            + "0102,\"Baker, Middle\",middle,388,\"12,5\"\r\n"
            + "0103,Écoles Saint-Honoré,high,1200,30\r\n";

    static Map<String, byte[]> build() throws Exception {
        Map<String, byte[]> corpus = new LinkedHashMap<>();
        byte[] xlsx = TableFixtures.schoolWorkbook(true);
        byte[] xls = TableFixtures.schoolWorkbook(false);
        byte[] csv = SCHOOLS_CSV.getBytes(StandardCharsets.UTF_8);

        // truncations at many offsets
        for (int i = 1; i <= 30; i++) {
            int at = (int) ((long) xlsx.length * i / 31);
            corpus.put("xlsx-cut-at-" + at + ".xlsx", Arrays.copyOf(xlsx, at));
        }
        for (int at : new int[] {1, 2, 3, 4, 21, 22, 100, xlsx.length - 22, xlsx.length - 1}) {
            corpus.put("xlsx-cut-at-" + at + "-bytes.xlsx", Arrays.copyOf(xlsx, at));
        }
        for (int i = 1; i <= 20; i++) {
            int at = (int) ((long) xls.length * i / 21);
            corpus.put("xls-cut-at-" + at + ".xls", Arrays.copyOf(xls, at));
        }
        for (int at : new int[] {8, 511, 512, 513, xls.length - 1}) {
            corpus.put("xls-cut-at-" + at + "-bytes.xls", Arrays.copyOf(xls, at));
        }
        for (int i = 1; i <= 8; i++) {
            int at = csv.length * i / 9;
            corpus.put("csv-cut-at-" + at + ".csv", Arrays.copyOf(csv, at));
        }
        byte[] utf16 = withBom(new byte[] {(byte) 0xFF, (byte) 0xFE}, SCHOOLS_CSV, StandardCharsets.UTF_16LE);
        corpus.put("utf16-odd-length.csv", Arrays.copyOf(utf16, utf16.length - 1));

        // bytes flipped inside a valid xlsx and xls
        Random random = new Random(42);
        for (int i = 0; i < 10; i++) {
            byte[] flipped = xlsx.clone();
            for (int k = 0; k < 20; k++) {
                flipped[random.nextInt(flipped.length)] ^= (byte) (1 + random.nextInt(255));
            }
            corpus.put("xlsx-flipped-" + i + ".xlsx", flipped);
            byte[] flippedXls = xls.clone();
            for (int k = 0; k < 20; k++) {
                flippedXls[512 + random.nextInt(flippedXls.length - 512)] ^= (byte) (1 + random.nextInt(255));
            }
            corpus.put("xls-flipped-" + i + ".xls", flippedXls);
        }

        // broken XML inside an otherwise valid zip
        String ns = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">";
        Map<String, String> sheets = new LinkedHashMap<>();
        sheets.put("unclosed-row", ns + "<sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c>");
        sheets.put("garbage", "\u0001\u0002 this is not xml");
        sheets.put("empty-part", "");
        sheets.put("no-sheetdata", ns + "</worksheet>");
        sheets.put("billion-laughs", "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 "
                + "\"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\"><!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;"
                + "&lol2;&lol2;&lol2;&lol2;&lol2;\">]>" + ns + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\">"
                + "<is><t>&lol3;</t></is></c></row></sheetData></worksheet>");
        sheets.put("external-entity", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + ns + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&e;</t></is></c></row></sheetData>"
                + "</worksheet>");
        sheets.put("undefined-entity", ns + "<sheetData><row><c><v>&nope;</v></c></row></sheetData></worksheet>");
        sheets.put("nested-rows", ns + "<sheetData><row r=\"1\"><row r=\"2\"><c><v>1</v></c></row></row>"
                + "</sheetData></worksheet>");
        sheets.put("v-with-children", ns + "<sheetData><row r=\"1\"><c><v><b>1</b></v></c></row></sheetData>"
                + "</worksheet>");
        sheets.put("wrong-encoding-declared", "<?xml version=\"1.0\" encoding=\"UTF-16\"?>" + ns + "<sheetData/>"
                + "</worksheet>");
        sheets.put("deep-nesting", ns + "<sheetData><row r=\"1\"><c r=\"A1\"><extLst>" + "<x>".repeat(5000)
                + "</x>".repeat(5000) + "</extLst><v>1</v></c></row></sheetData></worksheet>");
        for (Map.Entry<String, String> e : sheets.entrySet()) {
            corpus.put("xml-" + e.getKey() + ".xlsx", TableFixtures.withEntry(xlsx, "xl/worksheets/sheet2.xml",
                    e.getValue().getBytes(StandardCharsets.UTF_8)));
        }
        corpus.put("xml-broken-shared-strings.xlsx", TableFixtures.withEntry(xlsx, "xl/sharedStrings.xml",
                "<sst><si><t>unclosed".getBytes(StandardCharsets.UTF_8)));
        corpus.put("xml-broken-styles.xlsx", TableFixtures.withEntry(xlsx, "xl/styles.xml",
                "<styleSheet><numFmts count=\"1\"><numFmt".getBytes(StandardCharsets.UTF_8)));
        corpus.put("xml-broken-workbook.xlsx", TableFixtures.withEntry(xlsx, "xl/workbook.xml",
                "<workbook><sheets><sheet name=".getBytes(StandardCharsets.UTF_8)));
        corpus.put("xml-broken-content-types.xlsx", TableFixtures.withEntry(xlsx, "[Content_Types].xml",
                "<Types".getBytes(StandardCharsets.UTF_8)));
        corpus.put("xml-broken-relationships.xlsx", TableFixtures.withEntry(xlsx, "xl/_rels/workbook.xml.rels",
                "not xml".getBytes(StandardCharsets.UTF_8)));
        Map<String, byte[]> missingSheet = TableFixtures.unzip(xlsx);
        missingSheet.remove("xl/worksheets/sheet2.xml");
        corpus.put("xml-missing-sheet-part.xlsx", TableFixtures.zip(missingSheet));
        Map<String, byte[]> noWorkbook = TableFixtures.unzip(xlsx);
        noWorkbook.remove("xl/workbook.xml");
        corpus.put("xml-missing-workbook-part.xlsx", TableFixtures.zip(noWorkbook));

        // absurd dimensions, rows and cells
        String header = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>id</t></is></c>"
                + "<c r=\"B1\" t=\"inlineStr\"><is><t>name</t></is></c></row>";
        Map<String, String[]> absurd = new LinkedHashMap<>();
        absurd.put("dimension-whole-sheet", new String[] {"<dimension ref=\"A1:XFD1048576\"/>",
                header + "<row r=\"2\"><c r=\"A2\"><v>1</v></c></row>"});
        absurd.put("last-row", new String[] {"", header + "<row r=\"1048576\"><c r=\"A1048576\"><v>1</v></c></row>"});
        absurd.put("row-past-excel", new String[] {"", header + "<row r=\"1048577\"><c><v>1</v></c></row>"});
        absurd.put("row-huge", new String[] {"", header + "<row r=\"2147483647\"><c><v>1</v></c></row>"});
        absurd.put("row-overflow", new String[] {"", header + "<row r=\"99999999999999999999\"><c><v>1</v></c></row>"});
        absurd.put("row-negative", new String[] {"", header + "<row r=\"-5\"><c><v>1</v></c></row>"});
        absurd.put("row-text", new String[] {"", header + "<row r=\"abc\"><c><v>1</v></c></row>"});
        absurd.put("rows-backwards", new String[] {"", header + "<row r=\"9\"><c><v>1</v></c></row>"
                + "<row r=\"3\"><c><v>2</v></c></row>"});
        absurd.put("last-column", new String[] {"", header + "<row r=\"2\"><c r=\"XFD2\"><v>1</v></c></row>"});
        absurd.put("column-past-excel", new String[] {"", header + "<row r=\"2\"><c r=\"XFE2\"><v>1</v></c></row>"});
        absurd.put("column-absurd", new String[] {"", header + "<row r=\"2\"><c r=\"ZZZZZZZZZZ2\"><v>1</v></c></row>"});
        absurd.put("cell-ref-junk", new String[] {"", header + "<row r=\"2\"><c r=\"2A\"><v>1</v></c>"
                + "<c r=\"\"><v>2</v></c></row>"});
        absurd.put("many-cells", new String[] {"", header + "<row r=\"2\">" + "<c><v>1</v></c>".repeat(16_384)
                + "</row>"});
        absurd.put("many-empty-rows", new String[] {"", header + "<row/>".repeat(50_000)
                + "<row r=\"60000\"><c><v>1</v></c></row>"});
        absurd.put("shared-string-out-of-range", new String[] {"", header
                + "<row r=\"2\"><c t=\"s\"><v>99999</v></c></row>"});
        absurd.put("shared-string-negative", new String[] {"", header + "<row r=\"2\"><c t=\"s\"><v>-1</v></c></row>"});
        absurd.put("shared-string-not-number", new String[] {"", header + "<row r=\"2\"><c t=\"s\"><v>x</v></c></row>"});
        absurd.put("number-not-number", new String[] {"", header + "<row r=\"2\"><c><v>12abc</v></c>"
                + "<c><v>NaN</v></c><c><v>1e400</v></c><c><v>-0</v></c></row>"});
        absurd.put("style-out-of-range", new String[] {"", header + "<row r=\"2\"><c s=\"99999\"><v>1.5</v></c>"
                + "<c s=\"-1\"><v>2</v></c><c s=\"x\"><v>3</v></c></row>"});
        absurd.put("odd-cell-types", new String[] {"", header + "<row r=\"2\"><c t=\"b\"><v>7</v></c>"
                + "<c t=\"d\"><v>2025-01-02T00:00:00</v></c><c t=\"zz\"><v>q</v></c><c t=\"inlineStr\"/></row>"});
        for (Map.Entry<String, String[]> e : absurd.entrySet()) {
            corpus.put("sheet-" + e.getKey() + ".xlsx", TableFixtures.xlsxWithSheetXml(e.getValue()[0],
                    e.getValue()[1]));
        }

        // formula and error cells, merged and hidden cells (valid files that must read)
        corpus.put("formulas-and-errors.xlsx", TableFixtures.xlsxWithSheetXml("", header
                + "<row r=\"2\"><c><f>1/0</f><v>#DIV/0!</v></c><c t=\"e\"><v>#N/A</v></c><c t=\"e\"><f>NA()</f>"
                + "<v>#N/A</v></c><c><f>WEBSERVICE(\"http://example.invalid\")</f></c>"
                + "<c t=\"str\"><f>\"a\"&amp;\"b\"</f><v>ab</v></c><c t=\"b\"><f>TRUE()</f><v>1</v></c></row>"));
        corpus.put("merged-and-hidden.xlsx", TableFixtures.xlsxWithSheetXml("<cols><col min=\"1\" max=\"1\" "
                + "hidden=\"1\"/></cols>", header + "<row r=\"2\" hidden=\"1\"><c r=\"A2\"><v>1</v></c></row>"
                + "<row r=\"3\"><c r=\"B3\" t=\"inlineStr\"><is><t>merged</t></is></c></row>"));
        corpus.put("school-workbook-ok.xlsx", xlsx);
        corpus.put("school-workbook-ok.xls", xls);

        // CSV dialect mixes and other damaged text
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("mixed-delimiters", "id,name;level\tx\n1;Adams,elementary\t\n2\tBaker;middle,3\n");
        texts.put("quote-in-middle", "id,name\n1,Ad\"ams\n2,\"Baker\"x,y\n3,\"unclosed\n");
        texts.put("only-quotes", "\"\"\"\"\"\"\"\"\"\"\n\"\"\"\n");
        texts.put("only-delimiters", ",,,,,,\n;;;;\n\t\t\t\n");
        texts.put("cr-line-endings", "id,name\r1,Adams\r2,Baker\r");
        texts.put("mixed-line-endings", "id,name\r\n1,Adams\n2,Baker\r3,Carver\r\n");
        texts.put("header-only", "id,name,level\n");
        texts.put("one-column", "name\nAdams\nBaker\n");
        texts.put("blank-lines-only", "\n\n\r\n   \n\t\n");
        texts.put("ragged-rows", "id,name,level\n1\n2,Baker,middle,extra,extra\n3,,\n,,,,,,,,\n4,Dunn\n");
        texts.put("duplicate-headers", "id,id,name,name,,\n1,2,Adams,Alt,x,y\n");
        texts.put("sep-line-only", "sep=;");
        texts.put("sep-line-odd", "sep=\nid,name\n1,Adams\n");
        texts.put("nul-bytes-few", "id,name\n1,Ad\0ams\n2,Baker\n3,Carver\n4,Dunn\n5,Evans\n");
        texts.put("nul-bytes-many", "id\0,\0name\0\n\0\0\0\0\0\0\0\0\0\0\0\0\0\0\n");
        texts.put("long-line-under-limit", "id,name\n1," + "x".repeat(200_000) + "\n");
        texts.put("long-line-over-limit", "id,name\n1," + "x".repeat(CsvReader.MAX_LINE_CHARS + 1) + "\n");
        texts.put("long-quoted-field", "id,name\n1,\"" + "y\n".repeat(100_000) + "\"\n");
        texts.put("many-columns", String.join(",", java.util.Collections.nCopies(10_000, "h")) + "\n"
                + String.join(",", java.util.Collections.nCopies(10_000, "1")) + "\n");
        texts.put("html-fragment-as-csv", "id,name\n<b>1</b>,<i>Adams</i>\n");
        texts.put("control-characters", "id,name\n1,\u0007\u0008\u001b[31mAdams\n");
        texts.put("bom-then-sep", "\uFEFFsep=,\nid,name\n1,Adams\n");
        texts.put("unicode-separators", "id\u2028name\n1\u20292\n");
        for (Map.Entry<String, String> e : texts.entrySet()) {
            corpus.put("csv-" + e.getKey() + ".csv", e.getValue().getBytes(StandardCharsets.UTF_8));
        }
        corpus.put("csv-invalid-utf8.csv", new byte[] {'i', 'd', '\n', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '\n'});
        corpus.put("csv-utf16-bom-only.csv", new byte[] {(byte) 0xFF, (byte) 0xFE});
        corpus.put("csv-utf8-bom-only.csv", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        corpus.put("csv-utf16be-named-xlsx.xlsx", withBom(new byte[] {(byte) 0xFE, (byte) 0xFF}, SCHOOLS_CSV,
                StandardCharsets.UTF_16BE));
        corpus.put("csv-windows-1252.csv", SCHOOLS_CSV.getBytes(Charset.forName("windows-1252")));

        // other kinds of file and junk
        for (int i = 0; i < 5; i++) {
            byte[] junk = new byte[200 + random.nextInt(5000)];
            random.nextBytes(junk);
            corpus.put("junk-" + i + ".xlsx", junk);
        }
        corpus.put("zeros.xls", new byte[4096]);
        corpus.put("ole2-header-then-junk.xls", withPrefix(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
                (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}, 3000, random));
        corpus.put("zip-header-then-junk.xlsx", withPrefix(new byte[] {'P', 'K', 3, 4}, 3000, random));
        corpus.put("zip-header-only.xlsx", new byte[] {'P', 'K', 3, 4});
        corpus.put("empty-zip.xlsx", new byte[] {'P', 'K', 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        corpus.put("encrypted.xlsx", TableFixtures.encryptedXlsx(xlsx));
        corpus.put("pdf.xls", "%PDF-1.4\n%\u00e2\u00e3\n".getBytes(StandardCharsets.ISO_8859_1));
        corpus.put("html.xls", "<html><body><table><tr><td>id</td></tr></table></body></html>"
                .getBytes(StandardCharsets.UTF_8));
        corpus.put("xml.xlsx", "<?xml version=\"1.0\"?><root/>".getBytes(StandardCharsets.UTF_8));
        corpus.put("png.xlsx", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0});
        corpus.put("empty.csv", new byte[0]);
        corpus.put("one-byte.csv", new byte[] {'x'});
        corpus.put("one-newline.csv", new byte[] {'\n'});
        corpus.put("non-ooxml-zip.xlsx", TableFixtures.zip(Map.of("readme.txt", "hello".getBytes())));
        corpus.put("ods-like.xlsx", TableFixtures.zip(new LinkedHashMap<>(Map.of("mimetype",
                "application/vnd.oasis.opendocument.spreadsheet".getBytes(), "content.xml", "<x/>".getBytes()))));
        corpus.put("zip-of-workbook.xlsx", TableFixtures.zip(Map.of("schools.xlsx", xlsx)));
        return corpus;
    }

    private static byte[] withBom(byte[] bom, String text, Charset charset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(bom);
        out.writeBytes(text.getBytes(charset));
        return out.toByteArray();
    }

    private static byte[] withPrefix(byte[] prefix, int length, Random random) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        System.arraycopy(prefix, 0, bytes, 0, prefix.length);
        return bytes;
    }

    /** Reads a file the way an importer would: its sheets, then each sheet's table to the end. */
    static int readFully(java.nio.file.Path file) throws IOException, org.rolloutplanner.domain.common.FileProblemsException {
        int rows = 0;
        List<String> sheets = TableFiles.sheetNames(file);
        List<String> toRead = sheets.isEmpty() ? java.util.Collections.singletonList(null) : sheets;
        for (String sheet : toRead) {
            try (TableSource table = TableFiles.open(file, new TableFiles.OpenOptions(sheet, 0))) {
                table.header();
                int[] count = {0};
                table.forEachRow(row -> count[0]++);
                rows += count[0];
            }
        }
        return rows;
    }
}
