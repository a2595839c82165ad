package org.rolloutplanner.app;

/**
 * A failure whose message is written for the person using the app: what happened and what to do.
 * The window shows it in a dialog; the command line prints it and exits with {@link #exitCode()}.
 */
public class UserFacingException extends RuntimeException {

    private final int exitCode;

    public UserFacingException(String message) {
        this(message, 2, null);
    }

    public UserFacingException(String message, int exitCode, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
