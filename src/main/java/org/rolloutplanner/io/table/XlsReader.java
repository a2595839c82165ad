package org.rolloutplanner.io.table;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.rolloutplanner.domain.common.FileProblemsException;

/**
 * Reads an Excel 97-2003 workbook (.xls, an OLE2 container holding a BIFF8 stream) with POI's HSSF. Such a workbook
 * holds at most 65,536 rows a sheet, so it is read whole; formula cells give their cached value (never evaluated).
 * Also recognises what else an OLE2 file can be: an encrypted .xlsx, a password-protected .xls, an Excel 95 file,
 * a Word or PowerPoint file.
 */
final class XlsReader implements Closeable {

    private static final String DAMAGED = "This Excel 97-2003 workbook (.xls) is damaged and cannot be read. Open it in "
            + "Excel and save it again, or export the sheet as CSV.";

    private final String fileName;
    private final POIFSFileSystem fs;
    private final HSSFWorkbook workbook;

    private XlsReader(String fileName, POIFSFileSystem fs, HSSFWorkbook workbook) {
        this.fileName = fileName;
        this.fs = fs;
        this.workbook = workbook;
    }

    static XlsReader open(Path file, String fileName) throws FileProblemsException {
        POIFSFileSystem fs;
        try {
            fs = new POIFSFileSystem(file.toFile(), true);
        } catch (Exception | OutOfMemoryError failed) {
            throw refusal(fileName, failed, "This Office file is damaged or incomplete and cannot be read. It may have "
                    + "been cut off while copying or downloading; get a fresh copy.");
        }
        try {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntryCaseInsensitive("EncryptionInfo") || root.hasEntryCaseInsensitive("EncryptedPackage")) {
                throw Problems.whole(fileName, Problems.PASSWORD);
            }
            boolean workbookStream = root.hasEntryCaseInsensitive("Workbook");
            if (!workbookStream && root.hasEntryCaseInsensitive("Book")) {
                throw Problems.whole(fileName, Problems.OLD_EXCEL);
            }
            if (!workbookStream) {
                if (root.hasEntryCaseInsensitive("WordDocument")) {
                    throw Problems.whole(fileName, "This is a Word document, not a spreadsheet.");
                }
                if (root.hasEntryCaseInsensitive("PowerPoint Document")) {
                    throw Problems.whole(fileName, "This is a PowerPoint presentation, not a spreadsheet.");
                }
                throw Problems.whole(fileName, "This is an Office file but not an Excel workbook.");
            }
            HSSFWorkbook workbook = new HSSFWorkbook(root, false);
            if (workbook.getNumberOfSheets() == 0) {
                workbook.close();
                throw Problems.whole(fileName, "The workbook has no sheets.");
            }
            return new XlsReader(fileName, fs, workbook);
        } catch (FileProblemsException refused) {
            closeQuietly(fs);
            throw refused;
        } catch (Exception | OutOfMemoryError failed) {
            closeQuietly(fs);
            throw refusal(fileName, failed, DAMAGED);
        }
    }

    private static FileProblemsException refusal(String fileName, Throwable failed, String otherwise) {
        for (Throwable t = failed; t != null; t = t.getCause()) {
            if (t instanceof EncryptedDocumentException) {
                return Problems.whole(fileName, Problems.PASSWORD);
            }
            if (t instanceof OldExcelFormatException) {
                return Problems.whole(fileName, Problems.OLD_EXCEL);
            }
        }
        if (Problems.isTooLarge(failed)) {
            return Problems.whole(fileName, Problems.TOO_LARGE);
        }
        return Problems.whole(fileName, otherwise);
    }

    private static void closeQuietly(Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException | RuntimeException ignored) {
            // already refusing the file; the close error would add nothing for the user
        }
    }

    /** The sheets in order: name and whether hidden. */
    List<XlsxReader.SheetInfo> sheets() {
        List<XlsxReader.SheetInfo> sheets = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            sheets.add(new XlsxReader.SheetInfo(workbook.getSheetName(i), Integer.toString(i),
                    workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i)));
        }
        return sheets;
    }

    Table table(XlsxReader.SheetInfo sheetInfo, int headerRow, ReadProgress progress)
            throws FileProblemsException, IOException {
        Sheet sheet = workbook.getSheetAt(Integer.parseInt(sheetInfo.relationId()));
        CellText text = new CellText(workbook.getInternalWorkbook().isUsing1904DateWindowing());
        Iterator<Row> rows = sheet.rowIterator();
        long total = sheet.getLastRowNum() + 1L;
        RowReader reader = new RowReader() {
            private long done;

            @Override
            public TableRow next() throws FileProblemsException {
                if (!rows.hasNext()) {
                    progress.progress(total, total);
                    return null;
                }
                Row row = rows.next();
                if (++done % 1000 == 0) {
                    progress.progress(row.getRowNum() + 1L, total);
                }
                try {
                    List<String> cells = new ArrayList<>();
                    for (Cell cell : row) {
                        int column = cell.getColumnIndex();
                        while (cells.size() < column) {
                            cells.add("");
                        }
                        cells.add(text(cell, text));
                    }
                    int end = cells.size();
                    while (end > 0 && cells.get(end - 1).isEmpty()) {
                        end--;
                    }
                    return new TableRow(row.getRowNum() + 1, List.copyOf(cells.subList(0, end)));
                } catch (RuntimeException damaged) {
                    throw Problems.at(fileName, sheetInfo.name(), row.getRowNum() + 1,
                            "The sheet is damaged here: this row could not be read.");
                }
            }

            @Override
            public void close() throws IOException {
                XlsReader.this.close();
            }
        };
        try {
            return new Table(fileName, sheetInfo.name(), "Excel 97-2003 workbook (.xls)", reader, headerRow);
        } catch (IOException | FileProblemsException | RuntimeException failed) {
            close();
            throw failed;
        }
    }

    private static String text(Cell cell, CellText text) {
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            type = cell.getCachedFormulaResultType(); // the value Excel saved; the formula is never evaluated
        }
        return switch (type) {
            case NUMERIC -> {
                CellStyle style = cell.getCellStyle();
                yield style == null ? CellText.plain(cell.getNumericCellValue())
                        : text.number(cell.getNumericCellValue(), style.getDataFormat(), style.getDataFormatString());
            }
            case STRING -> cell.getRichStringCellValue() == null ? "" : cell.getRichStringCellValue().getString();
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            default -> ""; // blank, error
        };
    }

    @Override
    public void close() throws IOException {
        try {
            workbook.close();
        } finally {
            fs.close();
        }
    }
}
