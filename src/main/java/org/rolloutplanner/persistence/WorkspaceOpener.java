package org.rolloutplanner.persistence;

import static org.rolloutplanner.app.workspace.WorkspaceException.Kind.DAMAGED;
import static org.rolloutplanner.app.workspace.WorkspaceException.Kind.IN_USE;
import static org.rolloutplanner.app.workspace.WorkspaceException.Kind.MIGRATION_FAILED;
import static org.rolloutplanner.app.workspace.WorkspaceException.Kind.NEWER_VERSION;
import static org.rolloutplanner.app.workspace.WorkspaceException.Kind.NOT_A_WORKSPACE;
import static org.rolloutplanner.app.workspace.WorkspaceException.Kind.NOT_FOUND;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcDataSource;
import org.h2.tools.Restore;
import org.rolloutplanner.app.AppInfo;
import org.rolloutplanner.app.workspace.OpenMode;
import org.rolloutplanner.app.workspace.WorkspaceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a workspace file safely:
 * <ul>
 *   <li>a path that does not hold a workspace is refused and left untouched, never replaced by a new one;</li>
 *   <li>a workspace open in another copy of the app gets a message naming the file;</li>
 *   <li>a workspace written by a newer version of the app is refused, not migrated;</li>
 *   <li>before any migration a backup is written with H2's {@code BACKUP TO}; if the migration fails the
 *       backup is restored and the person is told.</li>
 * </ul>
 */
public final class WorkspaceOpener {

    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceOpener.class);
    public static final String DEFAULT_MIGRATIONS = "classpath:db/migration";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final List<String> migrationLocations;

    public WorkspaceOpener() {
        this(List.of(DEFAULT_MIGRATIONS));
    }

    /** Tests add locations holding further (e.g. failing or future) migrations. */
    public WorkspaceOpener(List<String> migrationLocations) {
        this.migrationLocations = List.copyOf(migrationLocations);
    }

    public Workspace open(Path given, OpenMode mode) {
        return open(given, mode, null);
    }

    /**
     * Opens a workspace; with {@link OpenMode#CREATE_IF_MISSING} and no workspace there, creates it in one step:
     * built and filled ({@code fillNew}, e.g. the sample district; may be null) in a hidden folder beside it, closed,
     * and only then put in place. A crash or a failure while creating leaves no workspace, never half of one.
     */
    public Workspace open(Path given, OpenMode mode, Consumer<WorkspaceServices> fillNew) {
        WorkspaceFiles files = WorkspaceFiles.of(given);
        Path data = files.dataFile();
        CreationFolders.removeAbandoned(files, CreationFolders.ABANDONED_AFTER);
        boolean exists = Files.exists(data);
        if (!exists) {
            Path named = given.toAbsolutePath().normalize();
            if (Files.exists(named)) {
                // e.g. --workspace notes.txt: never create notes.txt.mv.db beside a file the person meant
                throw new WorkspaceException(NOT_A_WORKSPACE, named, named + " is not a Rollout Planner workspace. "
                        + "It was left untouched. Choose a workspace file (ending in .mv.db), or a new file name.");
            }
            if (mode != OpenMode.CREATE_IF_MISSING) {
                throw new WorkspaceException(NOT_FOUND, data, "There is no workspace at " + data
                        + ". Check the path, or create a new workspace there.");
            }
            return create(files, given, fillNew);
        }
        return openExisting(files, mode);
    }

    private Workspace openExisting(WorkspaceFiles files, OpenMode mode) {
        Path data = files.dataFile();
        checkLooksLikeH2(data);
        boolean readOnly = mode == OpenMode.READ_ONLY;
        // Every check runs on a read-only connection: H2 rewrites parts of a file it opened for writing when it
        // closes it, and a file that is not ours, or is from a newer version, must stay byte for byte as it was.
        boolean pending;
        Connection probe = connect(files, true, data);
        try {
            checkIsWorkspace(probe, data);
            MigrationInfoService info = flyway(files, true).info();
            checkNotNewer(info, data);
            pending = info.pending().length > 0;
        } finally {
            closeQuietly(probe);
        }
        if (pending && readOnly) {
            throw new WorkspaceException(WorkspaceException.Kind.READ_ONLY, data, data
                    + " was saved by an older version of Rollout Planner and must be updated before it can be shown. "
                    + "Open it normally (not read-only) to update it; a backup is made first.");
        }
        Connection c = connect(files, readOnly, data);
        try {
            if (pending) {
                migrateWithBackup(c, files, flyway(files, false));
                c = connect(files, false, data);
            }
            return new Workspace(files, data, c, readOnly, false);
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    /**
     * Opens a copy of a workspace that another copy of the app holds open, read-only, so the person can look
     * at it. The copy lives in a temporary folder and is removed when the JVM exits.
     */
    public Workspace openReadOnlyCopy(Path given) {
        WorkspaceFiles files = WorkspaceFiles.of(given);
        try {
            Path dir = Files.createTempDirectory("rollout-planner-readonly");
            Path copy = dir.resolve(files.dataFile().getFileName());
            Files.copy(files.dataFile(), copy, StandardCopyOption.REPLACE_EXISTING);
            copy.toFile().deleteOnExit();
            dir.toFile().deleteOnExit();
            Workspace w = open(copy, OpenMode.READ_ONLY);
            return new Workspace(w.files(), files.dataFile(), w.connection(), true, false);
        } catch (IOException e) {
            throw new WorkspaceException(WorkspaceException.Kind.CANNOT_WRITE, files.dataFile(),
                    "Could not make a read-only copy of " + files.dataFile() + ": " + e.getMessage(), e);
        }
    }

    private Workspace create(WorkspaceFiles files, Path given, Consumer<WorkspaceServices> fillNew) {
        Path data = files.dataFile();
        WorkspaceFiles built;
        try {
            Files.createDirectories(data.toAbsolutePath().getParent());
            built = CreationFolders.create(files);
        } catch (IOException e) {
            throw new WorkspaceException(WorkspaceException.Kind.CANNOT_WRITE, data,
                    "Could not create the workspace " + data + " (" + diskFullOr(e) + ").", e);
        }
        boolean published;
        try {
            build(built, data, fillNew);
            published = CreationFolders.publish(built, files);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Creating workspace {} failed", data, e);
            throw new WorkspaceException(WorkspaceException.Kind.CANNOT_WRITE, data, "Could not create a new "
                    + "workspace at " + data + " (" + diskFullOr(e) + "). No workspace was created there.", e);
        } finally {
            CreationFolders.delete(built);
        }
        if (!published) {
            // another copy of the app created it meanwhile: theirs stays, and is opened like any existing workspace
            LOG.info("Workspace {} appeared while it was being created; opening that one", data);
            return open(given, OpenMode.EXISTING);
        }
        LOG.info("Created workspace {}", data);
        Workspace w = openExisting(files, OpenMode.CREATE_IF_MISSING);
        return new Workspace(w.files(), w.path(), w.connection(), false, true);
    }

    /** Creates, migrates and fills the workspace in its creation folder, and closes it. */
    private void build(WorkspaceFiles built, Path shown, Consumer<WorkspaceServices> fillNew) {
        Connection c;
        try {
            c = DriverManager.getConnection(built.jdbcUrl(false, false), "sa", "");
        } catch (SQLException e) {
            throw translate(e, shown);
        }
        try (Workspace w = new Workspace(built, shown, c, false, true)) {
            flyway(built, false).migrate();
            try (var st = c.prepareStatement("INSERT INTO workspace_info (id, application, created_at, created_by) "
                    + "VALUES (1, 'rollout-planner', CURRENT_TIMESTAMP, ?)")) {
                st.setString(1, AppInfo.NAME + " " + AppInfo.version());
                st.executeUpdate();
            } catch (SQLException e) {
                throw translate(e, shown);
            }
            if (fillNew != null) {
                fillNew.accept(WorkspaceServices.of(w));
            }
        }
    }

    private static String diskFullOr(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("no space left")) {
                return "the disk is full; free some space and try again";
            }
        }
        return firstLine(e.getMessage());
    }

    /** H2 files start with a text header "H:2,…". Anything else is not ours: refuse before H2 touches it. */
    private static void checkLooksLikeH2(Path data) {
        byte[] head = new byte[4];
        int n;
        try (InputStream in = Files.newInputStream(data)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new WorkspaceException(WorkspaceException.Kind.CANNOT_WRITE, data, "Could not read " + data + ": "
                    + e.getMessage(), e);
        }
        if (n == 0) {
            throw new WorkspaceException(NOT_A_WORKSPACE, data, data + " is an empty file, not a Rollout Planner workspace. "
                    + "It was left untouched. Choose another file, or restore the workspace from a backup.");
        }
        String text = new String(Arrays.copyOf(head, n), StandardCharsets.ISO_8859_1);
        if (!text.startsWith("H:2")) {
            throw new WorkspaceException(NOT_A_WORKSPACE, data, data + " is not a Rollout Planner workspace (it is not a "
                    + "database file). It was left untouched. Choose a workspace file (ending in .mv.db).");
        }
    }

    private static Connection connect(WorkspaceFiles files, boolean readOnly, Path data) {
        try {
            return DriverManager.getConnection(files.jdbcUrl(readOnly, true), "sa", "");
        } catch (SQLException e) {
            if (e.getErrorCode() == ErrorCode.DATABASE_IS_READ_ONLY) {
                // H2 says "read only" when it cannot make sense of a truncated file while opening it
                LOG.warn("Opening {} failed with H2 error {}", data, e.getErrorCode(), e);
                throw new WorkspaceException(DAMAGED, data, "The workspace " + data + " is damaged and cannot be "
                        + "opened. Restore it from a backup (in " + files.backupDirectory() + ").", e);
            }
            throw translate(e, data);
        }
    }

    /** Turns H2's error codes into sentences for people. */
    static WorkspaceException translate(SQLException e, Path data) {
        int code = e.getErrorCode();
        LOG.warn("Opening {} failed with H2 error {}", data, code, e);
        return switch (code) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1 -> new WorkspaceException(IN_USE, data, "The workspace " + data
                    + " is already open in another copy of Rollout Planner (or another program). "
                    + "Close it there, open a read-only copy to look at it, or pick another workspace.", e);
            case ErrorCode.WRONG_USER_OR_PASSWORD -> new WorkspaceException(NOT_A_WORKSPACE, data, data
                    + " is a database of another program, not a Rollout Planner workspace. It was left untouched.", e);
            case ErrorCode.DATABASE_NOT_FOUND_WITH_IF_EXISTS_1, ErrorCode.DATABASE_NOT_FOUND_1 ->
                    new WorkspaceException(NOT_FOUND, data, "There is no workspace at " + data + ".", e);
            case ErrorCode.FILE_VERSION_ERROR_1 -> new WorkspaceException(NOT_A_WORKSPACE, data, data
                    + " was written by a different version of the H2 database engine and cannot be read by this "
                    + "version of Rollout Planner. It was left untouched.", e);
            case ErrorCode.FILE_CORRUPTED_1, ErrorCode.GENERAL_ERROR_1, ErrorCode.IO_EXCEPTION_1,
                    ErrorCode.IO_EXCEPTION_2 -> new WorkspaceException(DAMAGED, data, "The workspace " + data
                    + " is damaged and cannot be opened. Restore it from a backup (in " + WorkspaceFiles.of(data)
                    .backupDirectory() + ").", e);
            case ErrorCode.DATABASE_IS_READ_ONLY -> new WorkspaceException(WorkspaceException.Kind.READ_ONLY, data,
                    "The workspace " + data + " is open read-only; changes cannot be saved.", e);
            default -> new WorkspaceException(DAMAGED, data, "The workspace " + data + " could not be opened: "
                    + firstLine(e.getMessage()), e);
        };
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        int i = s.indexOf('\n');
        String line = i < 0 ? s : s.substring(0, i);
        return line.replaceAll("\\s*\\[\\d+-\\d+]$", "");
    }

    private static void checkIsWorkspace(Connection c, Path data) {
        try (Statement st = c.createStatement();
                var rs = st.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES "
                        + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = 'WORKSPACE_INFO'")) {
            rs.next();
            if (rs.getInt(1) == 0) {
                throw new WorkspaceException(NOT_A_WORKSPACE, data, data + " is a database, but not a Rollout Planner "
                        + "workspace. It was left untouched. Choose a workspace file, or create a new one.");
            }
            try (var rs2 = st.executeQuery("SELECT application FROM workspace_info WHERE id = 1")) {
                if (!rs2.next() || !"rollout-planner".equals(rs2.getString(1))) {
                    throw new WorkspaceException(NOT_A_WORKSPACE, data, data + " is a database, but not a Rollout "
                            + "Planner workspace. It was left untouched.");
                }
            }
        } catch (SQLException e) {
            throw translate(e, data);
        }
    }

    private static void checkNotNewer(MigrationInfoService info, Path data) {
        MigrationInfo current = info.current();
        boolean future = Arrays.stream(info.applied()).anyMatch(m -> m.getState() == MigrationState.FUTURE_SUCCESS
                || m.getState() == MigrationState.FUTURE_FAILED);
        if (future) {
            String theirs = current == null ? "?" : current.getVersion().getVersion();
            String ours = Arrays.stream(info.all()).filter(m -> m.getState() != MigrationState.FUTURE_SUCCESS
                            && m.getState() != MigrationState.FUTURE_FAILED)
                    .reduce((a, b) -> b).map(m -> m.getVersion().getVersion()).orElse("?");
            throw new WorkspaceException(NEWER_VERSION, data, data + " was saved by a newer version of Rollout Planner "
                    + "(workspace format " + strip(theirs) + "; this version understands formats up to " + strip(ours)
                    + "). Update Rollout Planner to open it. The file was not changed.");
        }
    }

    private static String strip(String version) {
        return version.replaceFirst("^0+(?=\\d)", "");
    }

    private void migrateWithBackup(Connection c, WorkspaceFiles files, Flyway flyway) {
        Path data = files.dataFile();
        Path backup;
        try {
            Files.createDirectories(files.backupDirectory());
            backup = files.backupDirectory().resolve(files.name() + "-before-update-" + LocalDateTime.now().format(STAMP)
                    + ".zip");
            WorkspaceBackups.writeZip(c, backup);
            LOG.info("Backed up {} to {} before updating it", data, backup);
        } catch (IOException | SQLException e) {
            String reason = WorkspaceBackups.reason(e);
            throw new WorkspaceException(MIGRATION_FAILED, data, "The workspace " + data + " needs an update, but no "
                    + "backup could be written first (" + reason + "). Nothing was changed."
                    + (reason.equals(WorkspaceBackups.DISK_FULL) ? " Free some space and open it again." : ""), e);
        }
        try {
            MigrateResult result = flyway.migrate();
            LOG.info("Updated {} with {} migrations", data, result.migrationsExecuted);
            closeQuietly(c);
        } catch (RuntimeException e) {
            LOG.error("Updating {} failed; restoring the backup {}", data, backup, e);
            closeQuietly(c);
            restore(files, backup);
            throw new WorkspaceException(MIGRATION_FAILED, data, "Updating the workspace " + data + " to this version "
                    + "of Rollout Planner failed, so the backup made just before was put back: your data is as it "
                    + "was. The backup is kept at " + backup + ". Details are in the log file.", e);
        }
    }

    /** Puts a backup made with BACKUP TO back in place of the workspace. */
    public static void restore(WorkspaceFiles files, Path backupZip) {
        Path data = files.dataFile();
        Path aside = data.resolveSibling(data.getFileName() + ".replaced-" + LocalDateTime.now().format(STAMP));
        try {
            Files.move(data, aside, StandardCopyOption.REPLACE_EXISTING);
            Restore.execute(backupZip.toString(), data.getParent().toString(), files.name());
            Files.deleteIfExists(aside);
        } catch (IOException | RuntimeException e) {
            throw new WorkspaceException(DAMAGED, data, "The backup " + backupZip + " could not be put back in place of "
                    + data + ". The previous file was kept as " + aside + ".", e);
        }
    }

    private Flyway flyway(WorkspaceFiles files, boolean readOnly) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(files.jdbcUrl(readOnly, true));
        ds.setUser("sa");
        ds.setPassword("");
        return Flyway.configure()
                .dataSource(ds)
                .locations(migrationLocations.toArray(String[]::new))
                .validateOnMigrate(true)
                .cleanDisabled(true)
                .load();
    }

    private static void closeQuietly(Connection c) {
        try {
            if (c != null && !c.isClosed()) {
                c.close();
            }
        } catch (SQLException e) {
            LOG.warn("Closing connection failed", e);
        }
    }
}
