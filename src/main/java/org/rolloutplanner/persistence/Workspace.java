package org.rolloutplanner.persistence;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An open workspace: one H2 connection, used from one thread at a time (the app's database thread).
 * Closing it closes the database file.
 */
public final class Workspace implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Workspace.class);

    private final WorkspaceFiles files;
    private final Connection connection;
    private final DSLContext dsl;
    private final boolean readOnly;
    private final boolean created;
    private final Path shownPath;

    Workspace(WorkspaceFiles files, Path shownPath, Connection connection, boolean readOnly, boolean created) {
        this.files = files;
        this.shownPath = shownPath;
        this.connection = connection;
        this.readOnly = readOnly;
        this.created = created;
        this.dsl = DSL.using(connection, SQLDialect.H2, new Settings().withExecuteLogging(false));
    }

    public DSLContext dsl() {
        return dsl;
    }

    public WorkspaceFiles files() {
        return files;
    }

    /** The file as the person knows it (the data file, or the copy's original for a read-only copy). */
    public Path path() {
        return shownPath;
    }

    public boolean readOnly() {
        return readOnly;
    }

    /** True when this open created the workspace (first run): the caller may fill it with a sample district. */
    public boolean created() {
        return created;
    }

    Connection connection() {
        return connection;
    }

    /**
     * The workspace is opened with {@code REUSE_SPACE=FALSE} (see {@link WorkspaceFiles#jdbcUrl}), so H2's ordinary
     * close no longer shrinks the file; {@code SHUTDOWN COMPACT} writes it anew (a compacted copy put in place; H2
     * cleans up the leftovers of an interrupted compaction on the next open) and so gives the space back. If it
     * fails, the plain close still keeps every commit; only the space is not given back.
     */
    private void compactOnClose() {
        try (Statement st = connection.createStatement()) {
            st.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            LOG.warn("Compacting workspace {} on close failed; it is closed without compacting", files.dataFile(), e);
        }
    }

    @Override
    public void close() {
        try {
            if (!connection.isClosed()) {
                if (!readOnly) {
                    compactOnClose();
                }
                connection.close();
            }
        } catch (SQLException e) {
            LOG.warn("Closing workspace {} failed", files.dataFile(), e);
        }
    }
}
