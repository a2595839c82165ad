package org.rolloutplanner.io.table;

/**
 * Told how far reading has come, on the reading thread, every few hundred kilobytes (or rows for .xls files).
 * {@code done} and {@code total} are in the same unit (bytes of the file or sheet read; rows for .xls); total is -1
 * when unknown.
 */
@FunctionalInterface
public interface ReadProgress {

    ReadProgress NONE = (done, total) -> { };

    void progress(long done, long total);
}
