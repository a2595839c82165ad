package org.rolloutplanner.io.export;

/**
 * An export could not be written; the message says what happened and what to do, in plain words, and whether the
 * previous file is unchanged. The command line exits with code 2; the window shows the message as it is.
 */
public final class ExportFailedException extends RuntimeException {

    public ExportFailedException(String message) {
        super(message);
    }

    public ExportFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
