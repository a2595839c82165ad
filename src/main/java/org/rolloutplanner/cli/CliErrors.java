package org.rolloutplanner.cli;

import org.rolloutplanner.app.UserFacingException;
import org.rolloutplanner.domain.common.FileProblemsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a failure of a command into a plain message on standard error and an exit code:
 * 2 for bad input (a file's problems, a bad option value), the exception's own code for workspace
 * problems, 1 for anything unexpected (whose details go to the log file).
 */
public final class CliErrors implements IExecutionExceptionHandler {

    /**
     * Every command line is built with this handler before any command runs, so this is where the log file is
     * pointed at the data folder (logging must not start before: the first logger fixes the file). Without it a
     * command's log went to the temporary folder while the message named the data folder.
     */
    public CliErrors() {
        org.rolloutplanner.app.DataDirectory.init();
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        var err = cmd.getErr();
        switch (ex) {
            case FileProblemsException fp -> {
                err.println("The input has problems:");
                fp.problems().forEach(p -> err.println("  " + p.describe()));
                err.flush();
                return 2;
            }
            case UserFacingException u -> {
                err.println(u.getMessage());
                err.flush();
                return u.exitCode();
            }
            case CommandLine.ParameterException pe -> {
                err.println(pe.getMessage());
                err.flush();
                return 2;
            }
            default -> {
                Logger log = LoggerFactory.getLogger(CliErrors.class);
                log.error("Command failed", ex);
                err.println("Something went wrong: " + ex.getMessage());
                err.println("Details are in the log file " + org.rolloutplanner.app.DataDirectory.logFile() + ".");
                err.flush();
                return 1;
            }
        }
    }
}
