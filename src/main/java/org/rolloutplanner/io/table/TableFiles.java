package org.rolloutplanner.io.table;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.rolloutplanner.domain.common.FileProblemsException;

/**
 * Opens users' table files: detects the type from the content (not the name), the encoding and the CSV dialect,
 * and for workbooks the sheet and the header row. Every refusal is a {@link FileProblemsException} whose
 * problems name the file (and sheet, row, column where they apply) in plain words.
 */
public final class TableFiles {

    /** How much of the start of a file is looked at to tell its type, encoding and delimiter. */
    static final int HEAD_BYTES = 64 * 1024;

    private TableFiles() {
    }

    /** How to open a file: which sheet (null = the first visible one) and header row (0 = find it). */
    public record OpenOptions(String sheet, int headerRow) {
        public static final OpenOptions DEFAULT = new OpenOptions(null, 0);
    }

    /** A workbook's sheet: its name and whether Excel hides it. */
    public record Sheet(String name, boolean hidden) {
    }

    /** The kinds of table file that can be read. */
    public enum Format {
        CSV, XLSX, XLS
    }

    /** The names of a workbook's sheets, in order (hidden ones included); an empty list for a CSV file. */
    public static List<String> sheetNames(Path file) throws IOException, FileProblemsException {
        return sheets(file).stream().map(Sheet::name).toList();
    }

    /** A workbook's sheets in order, with whether each is hidden; an empty list for a CSV file. */
    public static List<Sheet> sheets(Path file) throws IOException, FileProblemsException {
        String fileName = fileName(file);
        Format format = detect(file);
        List<XlsxReader.SheetInfo> infos = switch (format) {
            case CSV -> List.of();
            case XLSX -> {
                try (XlsxReader workbook = XlsxReader.open(file, fileName)) {
                    yield workbook.sheets();
                }
            }
            case XLS -> {
                try (XlsReader workbook = XlsReader.open(file, fileName)) {
                    yield workbook.sheets();
                }
            }
        };
        return infos.stream().map(info -> new Sheet(info.name(), info.hidden())).toList();
    }

    public static TableSource open(Path file, OpenOptions options) throws IOException, FileProblemsException {
        return open(file, options, ReadProgress.NONE);
    }

    /**
     * As {@link #open(Path, OpenOptions)}, telling {@code progress} how far reading has come (bytes of the file or
     * sheet; rows for .xls), for a progress bar.
     */
    public static TableSource open(Path file, OpenOptions options, ReadProgress progress)
            throws IOException, FileProblemsException {
        OpenOptions opts = options == null ? OpenOptions.DEFAULT : options;
        ReadProgress listener = progress == null ? ReadProgress.NONE : progress;
        String fileName = fileName(file);
        Format format = detect(file);
        try {
            return switch (format) {
                case CSV -> CsvReader.open(file, fileName, head(file), opts, listener);
                case XLSX -> {
                    XlsxReader workbook = XlsxReader.open(file, fileName);
                    XlsxReader.SheetInfo sheet = chooseSheet(fileName, workbook.sheets(), opts.sheet(), workbook);
                    yield workbook.table(sheet, opts.headerRow(), listener);
                }
                case XLS -> {
                    XlsReader workbook = XlsReader.open(file, fileName);
                    XlsxReader.SheetInfo sheet = chooseSheet(fileName, workbook.sheets(), opts.sheet(), workbook);
                    yield workbook.table(sheet, opts.headerRow(), listener);
                }
            };
        } catch (FileProblemsException refused) {
            throw refused;
        } catch (NoSuchFileException | AccessDeniedException unreachable) {
            throw unreachable(fileName, unreachable);
        } catch (IOException | RuntimeException failed) {
            throw Problems.whole(fileName, "The file could not be read: " + Problems.plainDetail(failed));
        }
    }

    /** The header and first {@code maxRows} data rows, for a mapping step; the file is closed again. */
    public static TablePreview preview(Path file, OpenOptions options, int maxRows)
            throws IOException, FileProblemsException {
        List<String> sheetNames = sheetNames(file);
        try (TableSource table = open(file, options)) {
            List<TableRow> rows = new ArrayList<>();
            try {
                Iterator<TableRow> it = table.rows();
                while (rows.size() < maxRows && it.hasNext()) {
                    rows.add(it.next());
                }
            } catch (TableReadException unreadable) {
                throw unreadable.problems();
            }
            return new TablePreview(table.fileName(), table.sheetName(), sheetNames, table.headerRow(),
                    table.header(), table.formatDescription(), rows);
        }
    }

    private static XlsxReader.SheetInfo chooseSheet(String fileName, List<XlsxReader.SheetInfo> sheets, String wanted,
                                                    AutoCloseable workbook) throws FileProblemsException {
        XlsxReader.SheetInfo chosen = null;
        if (wanted == null || wanted.isBlank()) {
            chosen = sheets.stream().filter(s -> !s.hidden()).findFirst().orElse(sheets.getFirst());
        } else {
            for (XlsxReader.SheetInfo sheet : sheets) {
                if (sheet.name().equals(wanted)) {
                    chosen = sheet;
                    break;
                }
            }
            for (int i = 0; i < sheets.size() && chosen == null; i++) {
                if (sheets.get(i).name().strip().equalsIgnoreCase(wanted.strip())) {
                    chosen = sheets.get(i);
                }
            }
        }
        if (chosen == null) {
            try {
                workbook.close();
            } catch (Exception ignored) {
                // refusing anyway
            }
            throw Problems.whole(fileName, "The workbook has no sheet named \"" + wanted + "\". Its sheets are: "
                    + String.join(", ", sheets.stream().map(XlsxReader.SheetInfo::name).toList()) + ".");
        }
        return chosen;
    }

    // ---- detection --------------------------------------------------------------------------------------------

    /**
     * What the file is, from its first bytes (never its name): a zip holding an Office Open XML workbook is XLSX, an
     * OLE2 container XLS (what it holds is checked when it is opened: an encrypted workbook is refused then), text
     * CSV. Everything else is refused with its own message.
     */
    public static Format detect(Path file) throws IOException, FileProblemsException {
        String fileName = fileName(file);
        if (Files.isDirectory(file)) {
            throw Problems.whole(fileName, "This is a folder, not a file.");
        }
        byte[] head;
        try {
            head = head(file);
        } catch (NoSuchFileException | AccessDeniedException unreachable) {
            throw unreachable(fileName, unreachable);
        }
        if (head.length == 0) {
            throw Problems.whole(fileName, Problems.EMPTY);
        }
        FileMagic magic = FileMagic.valueOf(head);
        switch (magic) {
            case OOXML -> {
                checkZip(file, fileName);
                return Format.XLSX;
            }
            case OLE2 -> {
                return Format.XLS;
            }
            case PDF -> throw Problems.whole(fileName, "This is a PDF document, not a spreadsheet or CSV file. "
                    + "Import the original spreadsheet or a CSV export instead.");
            case BIFF2, BIFF3, BIFF4 -> throw Problems.whole(fileName, Problems.OLD_EXCEL);
            case RTF, WORD2, MSWRITE -> throw Problems.whole(fileName, "This is a word-processing document, not a "
                    + "spreadsheet or CSV file.");
            case JPEG, GIF, PNG, TIFF, WMF, EMF, BMP -> throw Problems.whole(fileName, "This is a picture, not a "
                    + "spreadsheet or CSV file.");
            default -> {
                // HTML, XML and text are told apart below, also after a byte-order mark
            }
        }
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 5 && head[3] == 6) {
            throw Problems.whole(fileName, "This is an empty zip archive, not a spreadsheet or CSV file.");
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B
                || startsWith(head, "Rar!") || startsWith(head, "7z\u00BC\u00AF")) {
            throw Problems.whole(fileName, "This is a compressed archive, not a spreadsheet or CSV file. Unpack it "
                    + "and import the file inside.");
        }
        CsvReader.Encoding encoding = textEncodingOfHead(head);
        String start = new String(head, encoding.bomLength(), Math.min(head.length - encoding.bomLength(), 4096),
                encoding.charset()).stripLeading().toLowerCase(Locale.ROOT);
        if (start.startsWith("<")) {
            if (start.contains("urn:schemas-microsoft-com:office:spreadsheet")) {
                throw Problems.whole(fileName, "This is an Excel 2003 XML spreadsheet, which cannot be read. Open it "
                        + "in Excel, save it as an Excel Workbook (.xlsx) or CSV, and import that.");
            }
            if (start.startsWith("<!doctype html") || start.contains("<html") || start.contains("<table")
                    || start.contains("<body")) {
                throw Problems.whole(fileName, "This is a web page (HTML) with a spreadsheet's name, not a real "
                        + "Excel file. Open it in Excel, save it as an Excel Workbook (.xlsx) or CSV, and import that.");
            }
            if (start.startsWith("<?xml")) {
                throw Problems.whole(fileName, "This is an XML file, not a spreadsheet or CSV file.");
            }
        }
        if (encoding.bomLength() == 0 && encoding.charset() != StandardCharsets.UTF_16LE
                && encoding.charset() != StandardCharsets.UTF_16BE && CsvReader.looksBinary(head)) {
            throw Problems.whole(fileName, "This file does not hold a table: it is neither a CSV text file nor an "
                    + "Excel workbook (it contains binary data).");
        }
        return Format.CSV;
    }

    /** Only the byte-order mark or a UTF-16 pattern matters here; UTF-8 and Windows-1252 read alike for the checks. */
    private static CsvReader.Encoding textEncodingOfHead(byte[] head) {
        CsvReader.Encoding marked = CsvReader.byteOrder(head);
        return marked != null ? marked : new CsvReader.Encoding(StandardCharsets.ISO_8859_1, 0, "");
    }

    /** A zip: complete (its directory at the end is there) and holding an Office Open XML package. */
    private static void checkZip(Path file, String fileName) throws IOException, FileProblemsException {
        List<String> names = new ArrayList<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements() && names.size() < 10_000) {
                names.add(entries.nextElement().getName());
            }
        } catch (IOException | RuntimeException damaged) {
            throw Problems.whole(fileName, "The file is incomplete or damaged: it starts like an Excel workbook "
                    + "(.xlsx) but its end is missing or broken. It may have been cut off while copying or "
                    + "downloading; get a fresh copy.");
        }
        if (names.contains("[Content_Types].xml")) {
            return;
        }
        if (names.contains("mimetype") && names.contains("content.xml")) {
            throw Problems.whole(fileName, "This is an OpenDocument file (.ods, from LibreOffice or OpenOffice), "
                    + "which cannot be read. Open it and save it as an Excel Workbook (.xlsx) or CSV, and import that.");
        }
        throw Problems.whole(fileName, "This is a zip archive, not an Excel workbook or a CSV file. If it holds the "
                + "school file, unzip it and import the file inside.");
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD_BYTES);
        }
    }

    private static boolean startsWith(byte[] head, String latin1) {
        byte[] prefix = latin1.getBytes(StandardCharsets.ISO_8859_1);
        if (head.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (head[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static FileProblemsException unreachable(String fileName, IOException failure) {
        return Problems.whole(fileName, failure instanceof NoSuchFileException ? "The file does not exist."
                : "The file cannot be opened: permission denied.");
    }

    private static String fileName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }
}
