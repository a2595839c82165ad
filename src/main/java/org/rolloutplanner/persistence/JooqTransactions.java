package org.rolloutplanner.persistence;

import java.sql.SQLException;
import java.util.function.Supplier;
import org.h2.api.ErrorCode;
import org.jooq.exception.DataAccessException;
import org.rolloutplanner.app.Transactions;
import org.rolloutplanner.app.UserFacingException;
import org.rolloutplanner.app.workspace.WorkspaceException;

/**
 * Transactions on the workspace's one connection. Database refusals (a rule the database enforces, a read-only
 * file, a full disk) come back as messages for people.
 */
public final class JooqTransactions implements Transactions {

    private final Workspace workspace;

    public JooqTransactions(Workspace workspace) {
        this.workspace = workspace;
    }

    /** How deep the current thread is in transactions (guarded by the workspace's lock). */
    private int depth;

    /**
     * Runs {@code work} in one transaction. A transaction started inside another joins it: the repositories all use
     * the workspace's one {@code DSLContext}, on which jOOQ would start an independent transaction that commits on its
     * own (so a failing outer transaction could not undo it). Joined, everything commits or rolls back together.
     */
    @Override
    public <T> T inTransaction(Supplier<T> work) {
        synchronized (workspace) {
            if (depth > 0) {
                return work.get();
            }
            depth++;
            try {
                return workspace.dsl().transactionResult(cfg -> work.get());
            } catch (DataAccessException e) {
                throw explain(e);
            } finally {
                depth--;
            }
        }
    }

    RuntimeException explain(DataAccessException e) {
        SQLException sql = e.getCause(SQLException.class);
        int code = sql == null ? 0 : sql.getErrorCode();
        String msg = sql == null ? String.valueOf(e.getMessage()) : String.valueOf(sql.getMessage());
        return switch (code) {
            case ErrorCode.DUPLICATE_KEY_1 -> new UserFacingException(msg.contains("SCHOOL_CODE_UNIQUE")
                    ? "Another school of this district already has that ID. School IDs must be unique within the district."
                    : msg.contains("DISTRICT_NAME_UNIQUE") ? "There is already a district with that name."
                    : "That value is already used; it must be unique.", 2, e);
            case ErrorCode.CHECK_CONSTRAINT_VIOLATED_1 -> new UserFacingException(
                    "The workspace refused the change because a value is out of range (" + constraintName(msg) + ").", 2, e);
            case ErrorCode.NULL_NOT_ALLOWED -> new UserFacingException("A required value is missing.", 2, e);
            case ErrorCode.DATABASE_IS_READ_ONLY -> new WorkspaceException(WorkspaceException.Kind.READ_ONLY,
                    workspace.path(), "This workspace is open read-only, so changes cannot be saved.", e);
            default -> diskFull(e) ? WorkspaceException.diskFull(workspace.path(), "the change was not saved", e)
                    : new WorkspaceException(WorkspaceException.Kind.CANNOT_WRITE, workspace.path(),
                    "The workspace " + workspace.path() + " could not save the change: " + firstLine(msg)
                            + ". Nothing was changed.", e);
        };
    }

    /**
     * True when anything behind the failure says the disk is full. A failed JDBC batch (an import writes in batches)
     * keeps the statement's own error as its "next exception", not as its cause, so those are searched too.
     */
    static boolean diskFull(Throwable e) {
        return diskFull(e, 0);
    }

    private static boolean diskFull(Throwable e, int depth) {
        for (Throwable t = e; t != null && depth < 20; t = t.getCause() == t ? null : t.getCause(), depth++) {
            String m = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (m.contains("no space left") || m.contains("disk full") || m.contains("not enough space")) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getNextException() != null && sql.getNextException() != t
                    && diskFull(sql.getNextException(), depth + 1)) {
                return true;
            }
            for (Throwable s : t.getSuppressed()) {
                if (diskFull(s, depth + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String constraintName(String msg) {
        // H2: Check constraint violation: "SCHOOL_ENROLLMENT_NOT_NEGATIVE: "; SQL statement: … (the SQL quotes
        // column names too, so only the text before the statement names the constraint)
        int sql = msg.indexOf("SQL statement");
        var m = java.util.regex.Pattern.compile("\"([A-Z0-9_]+)[:\"]").matcher(sql < 0 ? msg : msg.substring(0, sql));
        return m.find() ? m.group(1).toLowerCase().replace('_', ' ') : "a rule of the workspace";
    }

    private static String firstLine(String s) {
        int i = s.indexOf('\n');
        return (i < 0 ? s : s.substring(0, i)).replaceAll("\\s*\\[\\d+-\\d+]$", "");
    }
}
