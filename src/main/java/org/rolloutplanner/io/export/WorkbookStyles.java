package org.rolloutplanner.io.export;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFDataFormat;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.rolloutplanner.domain.rollout.Phase;
import org.rolloutplanner.domain.rollout.PhaseTemplate;

/**
 * The few cell styles of a workbook, made once and shared by every cell (a workbook holds at most 64,000 styles, and
 * one style per cell would also make the file slow to open).
 */
final class WorkbookStyles {

    final XSSFCellStyle title;
    final XSSFCellStyle header;
    final XSSFCellStyle section;
    final XSSFCellStyle text;
    final XSSFCellStyle wrapped;
    final XSSFCellStyle bold;
    final XSSFCellStyle month;
    final XSSFCellStyle day;
    final XSSFCellStyle integer;
    final XSSFCellStyle integerBold;
    final XSSFCellStyle money;
    final XSSFCellStyle moneyBold;
    final XSSFCellStyle percent;
    final XSSFCellStyle decimal;
    /** A committee score or weight share: two decimals. */
    final XSSFCellStyle score;
    final XSSFCellStyle yearHeader;
    final XSSFCellStyle monthHeader;
    final XSSFCellStyle cohortRow;
    /** One fill per phase, in template order (the legend uses the same styles). */
    final List<XSSFCellStyle> phaseFills = new ArrayList<>();

    WorkbookStyles(XSSFWorkbook wb, PhaseTemplate phases) {
        XSSFDataFormat formats = wb.createDataFormat();
        short textFormat = formats.getFormat("@");
        XSSFFont boldFont = wb.createFont();
        boldFont.setBold(true);
        XSSFFont titleFont = wb.createFont();
        titleFont.setBold(true);
        titleFont.setFontHeightInPoints((short) 14);

        title = wb.createCellStyle();
        title.setFont(titleFont);
        title.setDataFormat(textFormat);

        header = wb.createCellStyle();
        header.setFont(boldFont);
        header.setDataFormat(textFormat);
        header.setFillForegroundColor(rgb("#D9D9D9"));
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.TOP);

        section = wb.createCellStyle();
        section.setFont(boldFont);
        section.setDataFormat(textFormat);
        section.setBorderBottom(BorderStyle.MEDIUM);

        text = wb.createCellStyle();
        text.setDataFormat(textFormat);

        wrapped = wb.createCellStyle();
        wrapped.setDataFormat(textFormat);
        wrapped.setWrapText(true);
        wrapped.setVerticalAlignment(VerticalAlignment.TOP);

        bold = wb.createCellStyle();
        bold.setDataFormat(textFormat);
        bold.setFont(boldFont);

        month = numeric(wb, formats.getFormat("mmm yyyy"), null);
        day = numeric(wb, formats.getFormat("d mmm yyyy"), null);
        integer = numeric(wb, formats.getFormat("#,##0"), null);
        integerBold = numeric(wb, formats.getFormat("#,##0"), boldFont);
        money = numeric(wb, formats.getFormat("\"$\"#,##0"), null);
        moneyBold = numeric(wb, formats.getFormat("\"$\"#,##0"), boldFont);
        percent = numeric(wb, formats.getFormat("0.0%"), null);
        decimal = numeric(wb, formats.getFormat("0.0"), null);
        score = numeric(wb, formats.getFormat("0.00"), null);

        yearHeader = wb.createCellStyle();
        yearHeader.cloneStyleFrom(header);
        yearHeader.setAlignment(HorizontalAlignment.CENTER);
        yearHeader.setBorderLeft(BorderStyle.THIN);
        yearHeader.setBorderRight(BorderStyle.THIN);

        monthHeader = wb.createCellStyle();
        monthHeader.cloneStyleFrom(header);
        monthHeader.setAlignment(HorizontalAlignment.CENTER);
        monthHeader.setWrapText(false);

        cohortRow = wb.createCellStyle();
        cohortRow.setFont(boldFont);
        cohortRow.setDataFormat(textFormat);
        cohortRow.setFillForegroundColor(rgb("#EFEFEF"));
        cohortRow.setFillPattern(FillPatternType.SOLID_FOREGROUND);

        for (Phase p : phases.phases()) {
            XSSFCellStyle fill = wb.createCellStyle();
            fill.setDataFormat(textFormat);
            fill.setFillForegroundColor(rgb(p.colour()));
            fill.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            phaseFills.add(fill);
        }
    }

    private static XSSFCellStyle numeric(XSSFWorkbook wb, short format, XSSFFont font) {
        XSSFCellStyle s = wb.createCellStyle();
        s.setDataFormat(format);
        if (font != null) {
            s.setFont(font);
        }
        return s;
    }

    /** "#4C78A8" as an Excel colour. */
    static XSSFColor rgb(String hex) {
        int v = Integer.parseInt(hex.substring(1), 16);
        return new XSSFColor(new byte[] {(byte) (v >> 16), (byte) (v >> 8), (byte) v});
    }
}
