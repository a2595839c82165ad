package org.rolloutplanner.io.table;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.rolloutplanner.domain.common.FileProblemsException;

/** Builds the workbooks and files the table reader tests read, and reads tables back whole. */
final class TableFixtures {

    private TableFixtures() {
    }

    /** Everything a table holds, read whole (the test files are small). */
    record Read(String sheet, int headerRow, List<String> header, List<TableRow> rows, String description) {
        List<String> column(int index) {
            return rows.stream().map(r -> r.cell(index)).toList();
        }
    }

    static Read read(Path file) throws IOException, FileProblemsException {
        return read(file, TableFiles.OpenOptions.DEFAULT);
    }

    static Read read(Path file, TableFiles.OpenOptions options) throws IOException, FileProblemsException {
        try (TableSource table = TableFiles.open(file, options)) {
            List<TableRow> rows = new ArrayList<>();
            table.forEachRow(rows::add);
            return new Read(table.sheetName(), table.headerRow(), table.header(), rows, table.formatDescription());
        }
    }

    /** The refusal's problems joined, for assertions; fails when the file was read. */
    static FileProblemsException refusal(Path file) throws IOException {
        try {
            read(file);
        } catch (FileProblemsException refused) {
            return refused;
        }
        throw new AssertionError(file.getFileName() + " was read, but should have been refused");
    }

    /**
     * A school workbook: sheet "Notes" hidden first, then "Schools" with a title on row 1, a blank row 2, the header
     * on row 3 and data below (ids as numbers, a date, a percent, a formula with a cached value, an error cell, a
     * merged region, a hidden row), then a sheet "Other".
     */
    static byte[] schoolWorkbook(boolean xlsx) throws IOException {
        try (Workbook wb = xlsx ? new XSSFWorkbook() : new HSSFWorkbook()) {
            Sheet notes = wb.createSheet("Notes");
            notes.createRow(0).createCell(0).setCellValue("hidden notes");
            Sheet sheet = wb.createSheet("Schools");
            wb.setSheetHidden(0, true);
            wb.setActiveSheet(1);
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("m/d/yy"));
            CellStyle percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0%"));
            CellStyle zeros = wb.createCellStyle();
            zeros.setDataFormat(wb.createDataFormat().getFormat("00000"));
            CellStyle scientific = wb.createCellStyle();
            scientific.setDataFormat(wb.createDataFormat().getFormat("0.00E+00"));
            sheet.createRow(0).createCell(0).setCellValue("Lincoln County schools, 2025-26");
            Row header = sheet.createRow(2);
            String[] names = {"NCESSCH", "School name", "Opened", "FRL", "Zip", "Enrollment", "Double", "Check", "Ratio"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            Row one = sheet.createRow(3);
            one.createCell(0).setCellValue(100005000000d);
            one.createCell(1).setCellValue("Adams Elementary");
            one.createCell(2).setCellValue(LocalDate.of(1998, 8, 24));
            one.getCell(2).setCellStyle(date);
            one.createCell(3).setCellValue(0.45);
            one.getCell(3).setCellStyle(percent);
            one.createCell(4).setCellValue(2101);
            one.getCell(4).setCellStyle(zeros);
            one.createCell(5).setCellValue(412);
            one.createCell(6).setCellFormula("F4*2");
            one.getCell(6).setCellValue(999); // cached value deliberately not F4*2: the reader must not evaluate
            one.createCell(7).setCellErrorValue(FormulaError.DIV0.getCode());
            one.createCell(8).setCellValue(100005000001d);
            one.getCell(8).setCellStyle(scientific);
            Row two = sheet.createRow(4);
            two.createCell(0).setCellValue("010005000002");
            two.createCell(1).setCellValue("Baker Middle");
            two.createCell(5).setCellValue(650.5);
            two.createCell(7).setCellValue(true);
            sheet.addMergedRegion(new CellRangeAddress(4, 5, 1, 1));
            Row hidden = sheet.createRow(6);
            hidden.setZeroHeight(true);
            hidden.createCell(0).setCellValue(100005000003d);
            hidden.createCell(1).setCellValue("Carver High");
            Sheet other = wb.createSheet("Other");
            other.createRow(0).createCell(0).setCellValue("a");
            other.getRow(0).createCell(1).setCellValue("b");
            other.createRow(1).createCell(0).setCellValue(1);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** A plain workbook with the given rows (all text) in one sheet named "Sheet1". */
    static byte[] simpleWorkbook(boolean xlsx, List<List<String>> rows) throws IOException {
        try (Workbook wb = xlsx ? new XSSFWorkbook() : new HSSFWorkbook()) {
            Sheet sheet = wb.createSheet("Sheet1");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** An .xlsx encrypted with a password (agile encryption, as Excel does), an OLE2 container. */
    static byte[] encryptedXlsx(byte[] xlsx) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(xlsx);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    /** The entries of a zip, in order. */
    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** A copy of an .xlsx with one entry changed. */
    static byte[] withEntry(byte[] xlsx, String name, byte[] content) throws IOException {
        Map<String, byte[]> entries = unzip(xlsx);
        entries.put(name, content);
        return zip(entries);
    }

    /** A minimal .xlsx whose only sheet has the given sheetData XML (and an optional extra before it). */
    static byte[] xlsxWithSheetXml(String beforeSheetData, String sheetData) throws IOException {
        byte[] base = simpleWorkbook(true, List.of(List.of("a", "b")));
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + beforeSheetData + "<sheetData>" + sheetData + "</sheetData></worksheet>";
        return withEntry(base, "xl/worksheets/sheet1.xml", xml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    static Path write(Path dir, String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        return file;
    }
}
