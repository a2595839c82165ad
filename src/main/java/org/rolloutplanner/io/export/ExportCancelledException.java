package org.rolloutplanner.io.export;

import java.util.concurrent.CancellationException;

/** The person cancelled the export; nothing was written. */
public final class ExportCancelledException extends CancellationException {

    public ExportCancelledException() {
        super("The export was cancelled; no file was written.");
    }
}
