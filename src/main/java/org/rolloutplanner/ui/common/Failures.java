package org.rolloutplanner.ui.common;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.rolloutplanner.app.DataDirectory;
import org.rolloutplanner.app.UserFacingException;

/** Turns a failure into a sentence for the person using the app. */
public final class Failures {

    private Failures() {
    }

    public static Throwable unwrap(Throwable t) {
        Throwable c = t;
        while ((c instanceof CompletionException || c instanceof ExecutionException) && c.getCause() != null) {
            c = c.getCause();
        }
        return c;
    }

    public static boolean isUserFacing(Throwable t) {
        return unwrap(t) instanceof UserFacingException;
    }

    public static String message(Throwable t) {
        Throwable c = unwrap(t);
        if (c instanceof UserFacingException u) {
            return u.getMessage();
        }
        String detail = c.getMessage() == null ? c.getClass().getSimpleName() : c.getMessage();
        return "Something went wrong: " + detail + "\nDetails are in the log file at " + DataDirectory.logFile() + ".";
    }
}
