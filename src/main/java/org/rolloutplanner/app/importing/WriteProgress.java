package org.rolloutplanner.app.importing;

/**
 * How far an import's writing is: rows written of the rows to write. Called on the writing thread after each batch;
 * it may throw (for instance {@link java.util.concurrent.CancellationException} when the person cancels) to stop the
 * import, which then writes nothing.
 */
@FunctionalInterface
public interface WriteProgress {

    WriteProgress NONE = (done, total) -> { };

    void written(long done, long total);
}
