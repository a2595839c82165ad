package org.rolloutplanner.io.table;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.rolloutplanner.domain.common.FileProblemsException;

/**
 * Reads one sheet of an .xlsx workbook as a stream: POI opens the package (with its zip-bomb limits on) and gives
 * the parts ({@link XSSFReader}, shared strings read-only, styles); the sheet's XML is pulled row by row with a
 * secure StAX reader from POI's {@link XMLHelper}, so a sheet of a million rows is never held whole and no thread
 * is needed. Formula cells give their cached value (the formula is never evaluated); error cells give "".
 */
final class XlsxReader implements Closeable {

    static final int MAX_ROW = 1_048_576;
    static final int MAX_COLUMN = 16_384;

    /** A sheet as the workbook lists it. */
    record SheetInfo(String name, String relationId, boolean hidden) {
    }

    private final String fileName;
    private final OPCPackage pkg;
    private final XSSFReader reader;
    private final List<SheetInfo> sheets;
    private final boolean date1904;

    private XlsxReader(String fileName, OPCPackage pkg, XSSFReader reader, List<SheetInfo> sheets, boolean date1904) {
        this.fileName = fileName;
        this.pkg = pkg;
        this.reader = reader;
        this.sheets = sheets;
        this.date1904 = date1904;
    }

    static XlsxReader open(Path file, String fileName) throws FileProblemsException {
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (Exception | OutOfMemoryError failed) {
            throw refusal(fileName, failed);
        }
        try {
            checkIsWorkbook(pkg, fileName);
            XSSFReader reader = new XSSFReader(pkg, true);
            List<SheetInfo> sheets = new ArrayList<>();
            boolean date1904 = readWorkbook(reader, sheets);
            if (sheets.isEmpty()) {
                throw Problems.whole(fileName, "The workbook has no sheets.");
            }
            return new XlsxReader(fileName, pkg, reader, sheets, date1904);
        } catch (FileProblemsException refused) {
            pkg.revert();
            throw refused;
        } catch (Exception | OutOfMemoryError failed) {
            pkg.revert();
            throw refusal(fileName, failed);
        }
    }

    private static FileProblemsException refusal(String fileName, Throwable failed) {
        if (Problems.isZipBomb(failed)) {
            return Problems.whole(fileName, Problems.BOMB);
        }
        if (Problems.isTooLarge(failed)) {
            return Problems.whole(fileName, Problems.TOO_LARGE);
        }
        return Problems.whole(fileName, "This Excel workbook (.xlsx) is damaged and cannot be read. Open it in Excel "
                + "and save it again, or export the sheet as CSV.");
    }

    private static void checkIsWorkbook(OPCPackage pkg, String fileName) throws FileProblemsException {
        var documents = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (documents.isEmpty()) {
            documents = pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT);
        }
        if (documents.isEmpty()) {
            throw Problems.whole(fileName, "This is an Office file without a document inside; it is not an Excel "
                    + "workbook that can be read.");
        }
        PackagePart part = pkg.getPart(documents.getRelationship(0));
        String type = part == null ? "" : part.getContentType();
        if (type.contains("wordprocessingml")) {
            throw Problems.whole(fileName, "This is a Word document, not a spreadsheet.");
        }
        if (type.contains("presentationml")) {
            throw Problems.whole(fileName, "This is a PowerPoint presentation, not a spreadsheet.");
        }
        if (type.contains("sheet.binary")) {
            throw Problems.whole(fileName, "This is an Excel binary workbook (.xlsb), which cannot be read. In Excel, "
                    + "save it as an Excel Workbook (.xlsx) or CSV, and import that.");
        }
        if (!type.isEmpty() && !type.contains("spreadsheetml") && !type.contains("ms-excel")) {
            throw Problems.whole(fileName, "This is an Office file but not an Excel workbook.");
        }
    }

    /** Reads workbook.xml: the sheets in order (name, relationship, hidden) and whether dates count from 1904. */
    private static boolean readWorkbook(XSSFReader reader, List<SheetInfo> sheets) throws Exception {
        boolean date1904 = false;
        try (InputStream in = reader.getWorkbookData()) {
            XMLStreamReader xml = xmlFactory().createXMLStreamReader(in);
            try {
                while (xml.hasNext()) {
                    if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    String element = xml.getLocalName();
                    if (element.equals("workbookPr")) {
                        String value = attribute(xml, "date1904");
                        date1904 = "1".equals(value) || "true".equalsIgnoreCase(value);
                    } else if (element.equals("sheet")) {
                        String name = attribute(xml, "name");
                        String state = attribute(xml, "state");
                        String id = null;
                        for (int i = 0; i < xml.getAttributeCount(); i++) {
                            String ns = xml.getAttributeNamespace(i);
                            if ("id".equals(xml.getAttributeLocalName(i)) && ns != null && !ns.isEmpty()) {
                                id = xml.getAttributeValue(i);
                            }
                        }
                        if (name != null && id != null) {
                            sheets.add(new SheetInfo(name, id, state != null && !state.equals("visible")));
                        }
                    }
                }
            } finally {
                xml.close();
            }
        }
        return date1904;
    }

    /** A new secure StAX factory (no DTDs, no external entities) each time: factories are not shared across threads. */
    private static XMLInputFactory xmlFactory() {
        return XMLHelper.newXMLInputFactory();
    }

    private static String attribute(XMLStreamReader xml, String localName) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            if (localName.equals(xml.getAttributeLocalName(i))) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }

    List<SheetInfo> sheets() {
        return sheets;
    }

    /** A table over the given sheet; closing the table closes the workbook. */
    Table table(SheetInfo sheet, int headerRow, ReadProgress progress) throws FileProblemsException, IOException {
        SheetRows rows;
        try {
            StylesTable styles;
            try {
                styles = reader.getStylesTable();
            } catch (Exception | OutOfMemoryError stylesUnreadable) {
                if (Problems.isZipBomb(stylesUnreadable)) {
                    throw stylesUnreadable;
                }
                styles = null; // without styles every number shows as General: still right, only less dressed up
            }
            long size = -1;
            try {
                PackagePart workbook = pkg.getPart(pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT)
                        .getRelationship(0));
                PackageRelationship relation = workbook.getRelationship(sheet.relationId());
                size = workbook.getRelatedPart(relation).getSize();
            } catch (Exception unknownSize) {
                // progress then says "unknown total"
            }
            InputStream in = new CountingInputStream(reader.getSheet(sheet.relationId()), size, progress);
            rows = new SheetRows(sheet.name(), in, xmlFactory().createXMLStreamReader(in), styles);
        } catch (Exception | OutOfMemoryError failed) {
            close();
            FileProblemsException refused = refusal(fileName, failed);
            throw Problems.at(fileName, sheet.name(), 0, refused.problems().getFirst().message());
        }
        String description = "Excel workbook (.xlsx)";
        try {
            return new Table(fileName, sheet.name(), description, rows, headerRow);
        } catch (IOException | FileProblemsException | RuntimeException failed) {
            rows.close();
            throw failed;
        }
    }

    @Override
    public void close() {
        pkg.revert();
    }

    /** The rows of one sheet's XML, pulled one at a time. */
    private final class SheetRows implements RowReader {
        private final String sheetName;
        private final InputStream in;
        private final XMLStreamReader xml;
        private final StylesTable styles;
        private final CellText text = new CellText(date1904);
        private final Map<Integer, Object[]> formats = new HashMap<>();
        private ReadOnlySharedStringsTable strings;
        private int lastRow;
        private boolean inRow;
        private boolean finished;

        SheetRows(String sheetName, InputStream in, XMLStreamReader xml, StylesTable styles) {
            this.sheetName = sheetName;
            this.in = in;
            this.xml = xml;
            this.styles = styles;
        }

        @Override
        public TableRow next() throws FileProblemsException {
            if (finished) {
                return null;
            }
            try {
                while (xml.hasNext()) {
                    int event = xml.next();
                    if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("row")) {
                        return row();
                    }
                    if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("sheetData")) {
                        break;
                    }
                }
                finished = true;
                return null;
            } catch (FileProblemsException refused) {
                finished = true;
                throw refused;
            } catch (Exception | OutOfMemoryError failed) {
                finished = true;
                String message = Problems.isZipBomb(failed) ? Problems.BOMB
                        : Problems.isTooLarge(failed) ? Problems.TOO_LARGE
                        : "The sheet is damaged here: its data could not be read from this row on.";
                throw Problems.at(fileName, sheetName, inRow ? lastRow : Math.min(MAX_ROW, lastRow + 1), message);
            }
        }

        private TableRow row() throws XMLStreamException, FileProblemsException {
            int number = lastRow + 1;
            String r = attribute(xml, "r");
            if (r != null) {
                try {
                    number = Integer.parseInt(r.strip());
                } catch (NumberFormatException notANumber) {
                    number = -1;
                }
            }
            if (number < 1 || number > MAX_ROW) {
                throw Problems.at(fileName, sheetName, Math.min(MAX_ROW, lastRow + 1), "The sheet is damaged: a row "
                        + "is numbered \"" + r + "\", which is not a row number Excel can have (1 to 1,048,576).");
            }
            lastRow = number;
            inRow = true;
            List<String> cells = new ArrayList<>();
            int column = -1;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (xml.getLocalName().equals("c")) {
                        column = cell(cells, column);
                    } else {
                        skip();
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    break; // </row>
                }
            }
            inRow = false;
            int end = cells.size();
            while (end > 0 && cells.get(end - 1).isEmpty()) {
                end--;
            }
            return new TableRow(number, List.copyOf(end == cells.size() ? cells : cells.subList(0, end)));
        }

        /** Reads one c element into its column; returns the column. */
        private int cell(List<String> cells, int previous) throws XMLStreamException, FileProblemsException {
            String ref = attribute(xml, "r");
            String type = attribute(xml, "t");
            String style = attribute(xml, "s");
            int column = ref == null ? previous + 1 : column(ref, previous);
            String value = null;
            String inline = null;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "v" -> value = xml.getElementText();
                        case "is" -> inline = inlineText();
                        default -> skip(); // f (the formula: never evaluated), extLst
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    break; // </c>
                }
            }
            String shown = text(type, style, value, inline);
            while (cells.size() < column) {
                cells.add("");
            }
            if (column < cells.size()) {
                cells.set(column, shown);
            } else {
                cells.add(shown);
            }
            return column;
        }

        private int column(String ref, int previous) throws FileProblemsException {
            int column = 0;
            int letters = 0;
            for (int i = 0; i < ref.length(); i++) {
                char c = Character.toUpperCase(ref.charAt(i));
                if (c < 'A' || c > 'Z') {
                    break;
                }
                column = column * 26 + (c - 'A' + 1);
                letters++;
                if (column > MAX_COLUMN) {
                    break;
                }
            }
            if (letters == 0) {
                return previous + 1;
            }
            if (column > MAX_COLUMN) {
                throw Problems.at(fileName, sheetName, lastRow, "The sheet is damaged: a cell is in column \"" + ref
                        + "\", beyond Excel's last column (XFD).");
            }
            return column - 1;
        }

        private String text(String type, String style, String value, String inline) throws FileProblemsException {
            if (type == null || type.equals("n")) {
                return value == null || value.isBlank() ? "" : number(value.strip(), style);
            }
            return switch (type) {
                case "s" -> shared(value);
                case "inlineStr" -> inline != null ? inline : value == null ? "" : value;
                case "str" -> value == null ? "" : value;
                case "b" -> value == null ? "" : value.strip().equals("1") || value.strip().equalsIgnoreCase("true")
                        ? "TRUE" : "FALSE";
                case "e" -> "";
                case "d" -> value == null ? "" : value.endsWith("T00:00:00") ? value.substring(0, value.length() - 9)
                        : value;
                default -> value == null ? "" : value;
            };
        }

        private String number(String value, String style) {
            double number;
            try {
                number = Double.parseDouble(value);
            } catch (NumberFormatException notANumber) {
                return value;
            }
            if (styles == null || style == null) {
                return CellText.plain(number);
            }
            Object[] format = formats.computeIfAbsent(parseStyle(style), this::format);
            return text.number(number, (Integer) format[0], (String) format[1]);
        }

        private int parseStyle(String style) {
            try {
                return Integer.parseInt(style.strip());
            } catch (NumberFormatException notANumber) {
                return 0;
            }
        }

        private Object[] format(int index) {
            try {
                if (index < 0 || index >= styles.getNumCellStyles()) {
                    return new Object[] {0, null};
                }
                XSSFCellStyle cellStyle = styles.getStyleAt(index);
                return cellStyle == null ? new Object[] {0, null}
                        : new Object[] {(int) cellStyle.getDataFormat(), cellStyle.getDataFormatString()};
            } catch (RuntimeException damagedStyle) {
                return new Object[] {0, null};
            }
        }

        private String shared(String value) throws FileProblemsException {
            if (value == null || value.isBlank()) {
                return "";
            }
            try {
                if (strings == null) {
                    strings = new ReadOnlySharedStringsTable(pkg, false);
                }
                int index = Integer.parseInt(value.strip());
                if (index < 0 || index >= strings.getUniqueCount()) {
                    throw Problems.at(fileName, sheetName, lastRow, "The workbook is damaged: a cell refers to a "
                            + "text that is missing from the file.");
                }
                return strings.getItemAt(index).getString();
            } catch (FileProblemsException refused) {
                throw refused;
            } catch (Exception | OutOfMemoryError failed) {
                String message = Problems.isZipBomb(failed) ? Problems.BOMB
                        : Problems.isTooLarge(failed) ? Problems.TOO_LARGE
                        : "The workbook is damaged: its table of texts cannot be read.";
                throw Problems.at(fileName, sheetName, lastRow, message);
            }
        }

        /** The text of an inline string, without phonetic runs. */
        private String inlineText() throws XMLStreamException {
            StringBuilder sb = new StringBuilder();
            int depth = 1;
            while (depth > 0 && xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    if (name.equals("t")) {
                        sb.append(xml.getElementText());
                    } else if (name.equals("rPh")) {
                        skip();
                    } else {
                        depth++;
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
            return sb.toString();
        }

        /** Skips the element just started, with everything inside it. */
        private void skip() throws XMLStreamException {
            int depth = 1;
            while (depth > 0 && xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
        }

        @Override
        public void close() throws IOException {
            try {
                xml.close();
            } catch (XMLStreamException ignored) {
                // closing a reader that failed; nothing left to release but the stream below
            } finally {
                try {
                    in.close();
                } finally {
                    XlsxReader.this.close();
                }
            }
        }
    }
}
