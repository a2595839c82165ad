package org.rolloutplanner.io.table;

import java.io.Closeable;
import java.io.IOException;
import org.rolloutplanner.domain.common.FileProblemsException;

/** The raw rows of one file or sheet, blank rows included or not, in order; each reader knows its format. */
interface RowReader extends Closeable {

    /** The next row, or null at the end. */
    TableRow next() throws IOException, FileProblemsException;
}
