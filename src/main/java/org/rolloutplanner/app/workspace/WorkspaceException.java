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
    private final boolean diskFull;

    /**
     * The disk filled up while saving: {@code notDone} says what was not saved ("the change was not saved"); the
     * workspace holds what it held before.
     */
    public static WorkspaceException diskFull(Path file, String notDone, Throwable cause) {
        return new WorkspaceException(Kind.CANNOT_WRITE, file, "The disk is full, so " + notDone + ". The workspace "
                + file + " holds what it held before. Free some space (or move the workspace), then open it again.",
                cause, true);
    }

    public WorkspaceException(Kind kind, Path file, String message) {
        this(kind, file, message, null);
    }

    public WorkspaceException(Kind kind, Path file, String message, Throwable cause) {
        this(kind, file, message, cause, false);
    }

    private WorkspaceException(Kind kind, Path file, String message, Throwable cause, boolean diskFull) {
        super(message, kind.exitCode, cause);
        this.kind = kind;
        this.file = file;
        this.diskFull = diskFull;
    }

    /** True when the disk was full (see {@link #diskFull}). */
    public boolean isDiskFull() {
        return diskFull;
    }

    public Kind kind() {
        return kind;
    }

    public Path file() {
        return file;
    }
}
