package org.rolloutplanner.app.workspace;

import java.nio.file.Path;
import org.rolloutplanner.app.UserFacingException;

/** A workspace could not be opened or changed; the message says what happened to which file and what to do. */
public final class WorkspaceException extends UserFacingException {

    /** What went wrong; the exit code is what the command line returns. */
    public enum Kind {
        NOT_FOUND(2),
        IN_USE(5),
        NOT_A_WORKSPACE(4),
        NEWER_VERSION(6),
        DAMAGED(3),
        MIGRATION_FAILED(7),
        READ_ONLY(2),
        CANNOT_WRITE(1);

        private final int exitCode;

        Kind(int exitCode) {
            this.exitCode = exitCode;
        }
    }

    private final Kind kind;
    private final transient Path file;

    public WorkspaceException(Kind kind, Path file, String message) {
        this(kind, file, message, null);
    }

    public WorkspaceException(Kind kind, Path file, String message, Throwable cause) {
        super(message, kind.exitCode, cause);
        this.kind = kind;
        this.file = file;
    }

    public Kind kind() {
        return kind;
    }

    public Path file() {
        return file;
    }
}
