package org.rolloutplanner.persistence;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.rolloutplanner.app.workspace.WorkspaceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backups of a workspace in the folder {@code NAME-backups} beside it, each a zip written by H2's own
 * {@code BACKUP TO} (a consistent snapshot taken inside the database, never a copy of the live file). Automatic
 * backups (on open and every few minutes while editing) rotate: the newest N are kept. Backups made before an update
 * or a restore are never rotated away.
 */
public final class WorkspaceBackups {

    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceBackups.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss", Locale.ENGLISH);
    private static final String DIGESTS = ".contents.properties";
    /** H2 file-system prefix of the backup file; tests set one whose writes fail as on a full disk. */
    static volatile String h2FilePrefix = "";

    /** Why a backup was made; automatic kinds rotate. */
    public enum Kind {
        OPENED("opened", true), AUTOMATIC("auto", true), BEFORE_RESTORE("before-restore", false),
        BEFORE_UPDATE("before-update", false), MANUAL("manual", false);

        private final String label;
        private final boolean rotates;

        Kind(String label, boolean rotates) {
            this.label = label;
            this.rotates = rotates;
        }

        static Optional<Kind> of(String label) {
            for (Kind k : values()) {
                if (k.label.equals(label)) {
                    return Optional.of(k);
                }
            }
            return Optional.empty();
        }

        public String shown() {
            return switch (this) {
                case OPENED -> "when the workspace was opened";
                case AUTOMATIC -> "automatic, while editing";
                case BEFORE_RESTORE -> "before a restore";
                case BEFORE_UPDATE -> "before an update of the app";
                case MANUAL -> "made by hand";
            };
        }
    }

    /** One backup file. */
    public record Backup(Path file, Instant made, long size, Kind kind) {

        /** "1 Dec 2026 00:10:05, 120 KB, when the workspace was opened — FILE". */
        public String describe() {
            return SHOWN.format(made.atZone(ZoneId.systemDefault())) + ", " + humanSize(size) + ", " + kind.shown() + " — "
                    + file;
        }

        public String dateAndSize() {
            return SHOWN.format(made.atZone(ZoneId.systemDefault())) + ", " + humanSize(size);
        }
    }

    private WorkspaceBackups() {
    }

    static String humanSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ENGLISH, "%,d KB", (bytes + 1023) / 1024);
        }
        return String.format(Locale.ENGLISH, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    /** The backups of a workspace, newest first. */
    public static List<Backup> list(WorkspaceFiles files) {
        Path dir = files.backupDirectory();
        List<Backup> all = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return all;
        }
        Pattern p = Pattern.compile(Pattern.quote(files.name()) + "-([a-z-]+?)-(\\d{8}-\\d{6}(?:-\\d{3})?)\\.zip");
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.zip")) {
            for (Path f : ds) {
                Matcher m = p.matcher(f.getFileName().toString());
                if (!m.matches()) {
                    continue;
                }
                Optional<Kind> kind = Kind.of(m.group(1));
                if (kind.isEmpty()) {
                    continue;
                }
                all.add(new Backup(f, made(m.group(2), f), Files.size(f), kind.get()));
            }
        } catch (IOException e) {
            LOG.warn("Could not list the backups in {}", dir, e);
        }
        all.sort(Comparator.comparing(Backup::made).thenComparing(b -> b.file().getFileName().toString()).reversed());
        return all;
    }

    private static Instant made(String stamp, Path f) throws IOException {
        try {
            String s = stamp.length() == 15 ? stamp + "-000" : stamp;
            return LocalDateTime.parse(s, STAMP).atZone(ZoneId.systemDefault()).toInstant();
        } catch (DateTimeParseException e) {
            return Files.getLastModifiedTime(f).toInstant();
        }
    }

    /**
     * Writes a backup of an open workspace with {@code BACKUP TO}, then keeps only the newest {@code keep} automatic
     * ones. The zip is written under a temporary name and renamed when complete, so a failure (a full disk) leaves no
     * half-written backup behind.
     */
    public static Backup backup(Workspace w, Kind kind, int keep) {
        synchronized (w) {
            WorkspaceFiles files = w.files();
            Path dir = files.backupDirectory();
            Path part = null;
            try {
                Files.createDirectories(dir);
                Path target = uniqueName(files, kind);
                part = partOf(target);
                writeZip(w.connection(), target);
                Backup b = new Backup(target, made(stampOf(target), target), Files.size(target), kind);
                LOG.info("Backed up {} to {}", files.dataFile(), target);
                rotate(files, keep);
                return b;
            } catch (IOException | SQLException e) {
                deleteQuietly(part);
                if (reason(e).equals(DISK_FULL)) {
                    throw new WorkspaceException(WorkspaceException.Kind.CANNOT_WRITE, w.path(), "The disk is full, "
                            + "so the backup of " + w.path() + " was not written (in " + dir + "). The workspace "
                            + "itself and the earlier backups are unchanged. Free some space and try again.", e);
                }
                throw new WorkspaceException(WorkspaceException.Kind.CANNOT_WRITE, w.path(), "The backup of "
                        + w.path() + " could not be written in " + dir + " (" + reason(e) + "). The workspace itself "
                        + "is unchanged.", e);
            }
        }
    }

    private static Path partOf(Path target) {
        return target.resolveSibling(target.getFileName() + ".part");
    }

    /**
     * Writes a backup zip of the database behind {@code c} with {@code BACKUP TO}: under a temporary name, renamed to
     * {@code target} when complete, so a failure (a full disk) leaves no half backup that the restore list would show.
     */
    static void writeZip(Connection c, Path target) throws IOException, SQLException {
        Path part = partOf(target);
        try {
            try (var st = c.prepareStatement("BACKUP TO ?")) {
                st.setString(1, h2FilePrefix + part);
                st.execute();
            }
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | SQLException | RuntimeException e) {
            deleteQuietly(part);
            throw e;
        }
    }

    /**
     * Writes an automatic backup unless the newest backup already holds exactly the same data. Returns the new
     * backup, or empty when nothing changed.
     */
    public static Optional<Backup> backupIfChanged(Workspace w, Kind kind, int keep) {
        synchronized (w) {
            String digest = WorkspaceContent.of(w).digest();
            Properties digests = readDigests(w.files());
            List<Backup> existing = list(w.files());
            if (!existing.isEmpty() && digest.equals(digests.getProperty(existing.getFirst().file().getFileName()
                    .toString()))) {
                return Optional.empty();
            }
            Backup b = backup(w, kind, keep);
            digests.setProperty(b.file().getFileName().toString(), digest);
            digests.keySet().removeIf(k -> !Files.exists(w.files().backupDirectory().resolve((String) k)));
            writeDigests(w.files(), digests);
            return Optional.of(b);
        }
    }

    /** Deletes the oldest automatic backups beyond the newest {@code keep}. */
    public static void rotate(WorkspaceFiles files, int keep) {
        List<Backup> automatic = list(files).stream().filter(b -> b.kind().rotates).toList();
        for (int i = Math.max(0, keep); i < automatic.size(); i++) {
            deleteQuietly(automatic.get(i).file());
        }
    }

    /**
     * Puts a backup in place of a closed workspace. The backup is checked first (a damaged backup changes nothing);
     * the current state is backed up before it is replaced (or, if it cannot be opened, kept as a copy of the damaged
     * file); the replacement is one rename, so the workspace is never half restored.
     */
    public static void restore(WorkspaceFiles files, Backup backup) {
        Path data = files.dataFile();
        Path incoming = data.resolveSibling(data.getFileName() + ".restoring");
        try {
            extract(backup.file(), incoming);
            var verdict = new WorkspaceCheck().checkFile(incoming);
            if (!verdict.healthy()) {
                throw new WorkspaceException(WorkspaceException.Kind.DAMAGED, backup.file(), "The backup "
                        + backup.file() + " is itself damaged (" + String.join(" ", verdict.problems())
                        + "). Nothing was changed; choose an older backup.");
            }
            if (Files.exists(data)) {
                keepCurrentState(files);
            }
            Files.move(incoming, data, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            LOG.info("Restored {} from {}", data, backup.file());
        } catch (IOException e) {
            throw new WorkspaceException(WorkspaceException.Kind.CANNOT_WRITE, data, "The backup " + backup.file()
                    + " could not be put in place of " + data + " (" + reason(e) + "). The workspace was not changed.",
                    e);
        } finally {
            deleteQuietly(incoming);
        }
    }

    private static void keepCurrentState(WorkspaceFiles files) throws IOException {
        Files.createDirectories(files.backupDirectory());
        Path target = uniqueName(files, Kind.BEFORE_RESTORE);
        try (Connection c = DriverManager.getConnection(files.jdbcUrl(true, true), "sa", "")) {
            writeZip(c, target);
        } catch (SQLException | RuntimeException e) {
            // the current file does not open: keep it as it is, beside the backups
            Path kept = files.backupDirectory().resolve(files.name() + "-damaged-" + LocalDateTime.now().format(STAMP)
                    + WorkspaceFiles.SUFFIX);
            Files.copy(files.dataFile(), kept);
            LOG.warn("{} could not be backed up before the restore; kept a copy as {}", files.dataFile(), kept, e);
        }
    }

    /** Extracts the workspace data file of a backup zip to {@code target}. */
    public static Path extract(Path zip, Path target) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (!e.isDirectory() && e.getName().endsWith(WorkspaceFiles.SUFFIX)) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    return target;
                }
            }
        }
        throw new IOException(zip + " holds no workspace");
    }

    private static Path uniqueName(WorkspaceFiles files, Kind kind) {
        LocalDateTime now = LocalDateTime.now();
        while (true) {
            Path p = files.backupDirectory().resolve(files.name() + "-" + kind.label + "-" + now.format(STAMP) + ".zip");
            if (!Files.exists(p)) {
                return p;
            }
            now = now.plusNanos(1_000_000);
        }
    }

    private static String stampOf(Path p) {
        String n = p.getFileName().toString();
        return n.substring(n.length() - ".zip".length() - 19, n.length() - ".zip".length());
    }

    private static Properties readDigests(WorkspaceFiles files) {
        Properties p = new Properties();
        Path f = files.backupDirectory().resolve(DIGESTS);
        if (Files.exists(f)) {
            try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException | IllegalArgumentException e) {
                LOG.debug("Could not read {}", f, e);
            }
        }
        return p;
    }

    private static void writeDigests(WorkspaceFiles files, Properties p) {
        Path f = files.backupDirectory().resolve(DIGESTS);
        try (Writer w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            p.store(w, "What each backup holds (to skip backups of unchanged workspaces)");
        } catch (IOException e) {
            LOG.debug("Could not write {}", f, e);
        }
    }

    static final String DISK_FULL = "the disk is full";

    /** "the disk is full", or the first line of what went wrong. */
    static String reason(Exception e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = WorkspaceCheck.firstLine(t);
        return m.toLowerCase(Locale.ROOT).contains("no space") ? DISK_FULL : m;
    }

    private static void deleteQuietly(Path p) {
        if (p == null) {
            return;
        }
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            LOG.debug("Could not delete {}", p, e);
        }
    }
}
