package org.rolloutplanner.io.table;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Turns a workbook's number cell into the text a person sees, with three deliberate differences from Excel's screen:
 * numbers never come out in exponent form (an id 100005000000 stays "100005000000", where a narrow General column
 * shows 1.00005E+11), whole numbers have no ".0", and dates come out as ISO yyyy-MM-dd. Other number formats
 * (percent, thousands separators, leading zeros like 00123) are applied by POI's {@link DataFormatter}. Not thread-safe
 * (one per reader).
 */
final class CellText {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter DATE_TIME_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter TIME_SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final DataFormatter formatter = new DataFormatter(Locale.US);
    private final boolean date1904;

    CellText(boolean date1904) {
        this.date1904 = date1904;
    }

    /** The text of a number cell with the given number format (index and format string; null string = General). */
    String number(double value, int formatIndex, String formatString) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "";
        }
        if (formatString == null || formatIndex == 0 || formatString.equalsIgnoreCase("General")
                || formatString.equals("@") || isScientific(formatString)) {
            return plain(value);
        }
        try {
            if (DateUtil.isADateFormat(formatIndex, formatString)) {
                return DateUtil.isValidExcelDate(value) ? date(value) : plain(value);
            }
            String text = formatter.formatRawCellContents(value, formatIndex, formatString);
            return text.contains("E+") || text.contains("E-") ? plain(value) : text;
        } catch (RuntimeException badFormat) {
            // a number format POI cannot apply (a damaged or exotic style): the plain number is still right
            return plain(value);
        }
    }

    private String date(double value) {
        LocalDateTime dateTime = DateUtil.getLocalDateTime(value, date1904, true);
        if (dateTime == null) {
            return plain(value);
        }
        boolean hasSeconds = dateTime.getSecond() != 0;
        if (value < 1) {
            return dateTime.toLocalTime().format(hasSeconds ? TIME_SECONDS : TIME);
        }
        if (value == Math.rint(value)) {
            return dateTime.format(DATE);
        }
        return dateTime.format(hasSeconds ? DATE_TIME_SECONDS : DATE_TIME);
    }

    private static boolean isScientific(String format) {
        String upper = format.toUpperCase(Locale.ROOT);
        return upper.contains("E+") || upper.contains("E-");
    }

    /** A number in plain digits: whole numbers without ".0", others to Excel's 15 significant digits, never "E". */
    static String plain(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return new BigDecimal(value).round(new MathContext(15)).stripTrailingZeros().toPlainString();
    }
}
