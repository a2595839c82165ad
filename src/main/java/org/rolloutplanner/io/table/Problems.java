package org.rolloutplanner.io.table;

import java.io.EOFException;
import java.util.Locale;
import org.rolloutplanner.domain.common.FileProblem;
import org.rolloutplanner.domain.common.FileProblemsException;

/** The plain-English refusals shared by the readers. */
final class Problems {

    static final String EMPTY = "The file is empty.";
    static final String BOMB = "This workbook looks like a compressed bomb: it would unpack to far more data than a real "
            + "workbook holds, so it is too large to open safely.";
    static final String TOO_LARGE = "This workbook holds a part that is too large to open safely; it looks damaged "
            + "or made to harm. Open it in Excel and save it again, or export the sheet as CSV.";
    static final String PASSWORD = "This workbook is protected with a password, so it cannot be read. Open it in Excel, "
            + "remove the password (File > Info > Protect Workbook > Encrypt with Password, clear it), save, and "
            + "import it again.";
    static final String OLD_EXCEL = "This workbook was saved in a very old Excel format (Excel 95 or earlier), which "
            + "cannot be read. Open it in Excel, save it as an Excel Workbook (.xlsx) or CSV, and import that.";

    private Problems() {
    }

    static FileProblemsException whole(String file, String message) {
        return new FileProblemsException(FileProblem.whole(file, message));
    }

    static FileProblemsException at(String file, String sheet, int row, String message) {
        return new FileProblemsException(new FileProblem(file, sheet, row, "", message));
    }

    /** True when POI refused a zip entry as a zip bomb (inflate ratio, entry or text size limits). */
    static boolean isZipBomb(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("zip bomb") || message.contains("max. ratio") || message.contains("ratio of compressed")
                    || message.contains("exceeds the max. entry size") || message.contains("max text size")
                    || message.contains("maxentrysize") || message.contains("the text would exceed")) {
                return true;
            }
        }
        return false;
    }

    /** True when POI refused a record or part as larger than its safety limit (IOUtils byte-array limits). */
    static boolean isTooLarge(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("tried to allocate an array") || message.contains("maximum length for this record")
                    || message.contains("tried to read data but the maximum length")) {
                return true;
            }
            if (t instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    /** A few plain words about why reading stopped, never a class name or a stack trace. */
    static String plainDetail(Throwable failure) {
        if (isZipBomb(failure)) {
            return BOMB;
        }
        if (isTooLarge(failure)) {
            return TOO_LARGE;
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof EOFException) {
                return "the file ends in the middle of the data; it may have been cut off while copying or downloading.";
            }
        }
        return "the file looks damaged.";
    }
}
