package org.rolloutplanner.io.importing;

import java.util.concurrent.CancellationException;

/** Told how far reading has come; asked whether the person cancelled. */
public interface ImportProgress {

    ImportProgress NONE = new ImportProgress() {
        @Override
        public void rowsRead(String file, long rows) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /** Called every few thousand rows with the rows read so far from {@code file}. */
    void rowsRead(String file, long rows);

    boolean cancelled();

    /**
     * Called every few hundred kilobytes with how much of {@code file} is read: bytes of the file or sheet, rows for
     * .xls files; {@code total} is -1 when unknown.
     */
    default void bytesRead(String file, long done, long total) {
    }

    /** Throws {@link CancellationException} when the person cancelled. */
    default void check() {
        if (cancelled()) {
            throw new CancellationException("The import was cancelled. Nothing was changed.");
        }
    }
}
