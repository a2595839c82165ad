package org.rolloutplanner.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.h2.api.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The integrity check of a workspace ({@code check --workspace FILE}, and the window when opening fails).
 *
 * <p>The file itself is never opened by the database engine: it is read once, byte by byte, into a private copy in
 * a temporary folder, and the copy is opened read-only. So the check cannot change the file, is not refused when the
 * window has it open, and a damaged file cannot trip up anything else. On the copy it:
 * <ol>
 *   <li>reads every column of every row of every table (a full scan of the table's primary index);</li>
 *   <li>walks every other index in index order and compares its row count with the table's;</li>
 *   <li>re-runs every rule the database holds as a query: NOT NULL columns, CHECK rules, primary keys and UNIQUE
 *       rules (no duplicates), foreign keys (no row pointing at a missing row).</li>
 * </ol>
 * It runs on a worker thread with a time limit: a damaged file on which the engine loops is judged damaged when the
 * time is up.
 */
public final class WorkspaceCheck {

    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceCheck.class);
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(8);

    /** What the check found. */
    public enum Status {
        HEALTHY(0), DAMAGED(3), NOT_A_WORKSPACE(4), NOT_FOUND(2);

        private final int exitCode;

        Status(int exitCode) {
            this.exitCode = exitCode;
        }

        public int exitCode() {
            return exitCode;
        }
    }

    /**
     * The verdict.
     *
     * @param problems   what is damaged, in plain words (empty when healthy)
     * @param rowCounts  rows per table that could be read
     * @param rulesChecked how many database rules were re-checked
     * @param backup     the newest backup that passed the same check (only looked for when damaged)
     */
    public record Verdict(Status status, Path file, List<String> problems, Map<String, Long> rowCounts,
            int rulesChecked, Optional<WorkspaceBackups.Backup> backup, Duration took) {

        public boolean healthy() {
            return status == Status.HEALTHY;
        }

        /** The verdict as a person reads it. */
        public String describe() {
            StringBuilder s = new StringBuilder();
            long rows = rowCounts.values().stream().mapToLong(Long::longValue).sum();
            switch (status) {
                case HEALTHY -> s.append("The workspace ").append(file).append(" is healthy.\nEvery table was read in full (")
                        .append(rowCounts.size()).append(" tables, ").append(String.format("%,d", rows))
                        .append(" rows) and every rule of the workspace holds (").append(rulesChecked)
                        .append(" rules checked).");
                case NOT_FOUND -> s.append("There is no workspace at ").append(file).append('.');
                case NOT_A_WORKSPACE -> s.append(file).append(" is not a Rollout Planner workspace: ")
                        .append(String.join(" ", problems)).append(" It was not changed.");
                case DAMAGED -> {
                    s.append("The workspace ").append(file).append(" is DAMAGED.\nWhat is damaged:");
                    problems.forEach(p -> s.append("\n  - ").append(p));
                    if (backup.isPresent()) {
                        s.append("\nNewest usable backup: ").append(backup.get().describe())
                                .append(" (checked: it opens and every rule holds).")
                                .append("\nTo put it back, open the workspace in Rollout Planner and choose File > "
                                        + "Restore from backup…");
                    } else {
                        s.append("\nNo usable backup was found in ").append(WorkspaceFiles.of(file).backupDirectory())
                                .append('.');
                    }
                    s.append("\nThe file was not changed.");
                }
                default -> throw new IllegalStateException();
            }
            return s.toString();
        }
    }

    private final Duration timeLimit;

    public WorkspaceCheck() {
        this(DEFAULT_TIME_LIMIT);
    }

    public WorkspaceCheck(Duration timeLimit) {
        this.timeLimit = timeLimit;
    }

    /** Checks a workspace and, when it is damaged, looks for its newest usable backup. */
    public Verdict check(Path given) {
        Verdict v = checkFile(WorkspaceFiles.of(given).dataFile());
        if (v.status() != Status.DAMAGED) {
            return v;
        }
        return new Verdict(v.status(), v.file(), v.problems(), v.rowCounts(), v.rulesChecked(),
                newestUsableBackup(WorkspaceFiles.of(given)), v.took());
    }

    /** The newest backup of the workspace that opens and passes the check. */
    public Optional<WorkspaceBackups.Backup> newestUsableBackup(WorkspaceFiles files) {
        for (WorkspaceBackups.Backup b : WorkspaceBackups.list(files)) {
            try {
                Path dir = Files.createTempDirectory("rollout-planner-backup-check");
                try {
                    Path restored = WorkspaceBackups.extract(b.file(), dir.resolve("backup" + WorkspaceFiles.SUFFIX));
                    if (checkFile(restored).healthy()) {
                        return Optional.of(b);
                    }
                } finally {
                    deleteTree(dir);
                }
            } catch (IOException | RuntimeException e) {
                LOG.warn("Backup {} is not usable", b.file(), e);
            }
        }
        return Optional.empty();
    }

    /** Checks one data file (no backup search). */
    public Verdict checkFile(Path data) {
        long start = System.nanoTime();
        Path file = data.toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            return verdict(Status.NOT_FOUND, file, List.of(), Map.of(), 0, start);
        }
        FutureTask<Verdict> task = new FutureTask<>(() -> checkCopy(file, start));
        Thread worker = Thread.ofPlatform().daemon().name("workspace-check").unstarted(task);
        worker.start();
        try {
            return task.get(timeLimit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            worker.interrupt();
            LOG.warn("Checking {} did not finish within {}", file, timeLimit);
            return verdict(Status.DAMAGED, file, List.of("Reading the file did not finish within " + timeLimit.toSeconds()
                    + " seconds: the database engine could not find its way through the file."), Map.of(), 0, start);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            worker.interrupt();
            return verdict(Status.DAMAGED, file, List.of("The check was interrupted."), Map.of(), 0, start);
        } catch (ExecutionException e) {
            LOG.warn("Checking {} failed", file, e.getCause());
            return verdict(Status.DAMAGED, file, List.of("The file could not be read: " + firstLine(e.getCause())),
                    Map.of(), 0, start);
        }
    }

    private Verdict checkCopy(Path file, long start) throws IOException {
        String notOurs = notAnH2File(file);
        if (notOurs != null) {
            return verdict(notOurs.startsWith("!") ? Status.DAMAGED : Status.NOT_A_WORKSPACE, file,
                    List.of(notOurs.replaceFirst("^!", "")), Map.of(), 0, start);
        }
        Path dir = Files.createTempDirectory("rollout-planner-check");
        try {
            Verdict v = checkCopyIn(dir, file, start);
            // messages of the engine name the private copy: name the person's file instead
            String copy = dir.resolve("check" + WorkspaceFiles.SUFFIX).toString();
            return new Verdict(v.status(), v.file(), v.problems().stream().map(x -> x.replace(copy, file.toString()))
                    .toList(), v.rowCounts(), v.rulesChecked(), v.backup(), v.took());
        } finally {
            deleteTree(dir);
        }
    }

    private Verdict checkCopyIn(Path dir, Path file, long start) throws IOException {
        {
            Path copy = dir.resolve("check" + WorkspaceFiles.SUFFIX);
            Files.copy(file, copy);
            String url = "jdbc:h2:file:" + dir.resolve("check").toString().replace('\\', '/')
                    + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE";
            Connection c;
            try {
                c = DriverManager.getConnection(url, "sa", "");
            } catch (SQLException e) {
                LOG.info("Check: {} does not open: {}", file, e.getMessage());
                if (e.getErrorCode() == ErrorCode.WRONG_USER_OR_PASSWORD) {
                    if (looksLikeAWorkspace(file)) {
                        return verdict(Status.DAMAGED, file, List.of("The workspace's list of users cannot be read "
                                + "(the database engine asks for a password it never had): that part of the file is "
                                + "damaged."), Map.of(), 0, start);
                    }
                    return verdict(Status.NOT_A_WORKSPACE, file, List.of("it is a database of another program "
                            + "(protected by a password)."), Map.of(), 0, start);
                }
                if (e.getErrorCode() == ErrorCode.FILE_VERSION_ERROR_1) {
                    return verdict(Status.NOT_A_WORKSPACE, file, List.of("it was written by a different version of "
                            + "the H2 database engine."), Map.of(), 0, start);
                }
                return verdict(Status.DAMAGED, file, List.of("The file does not open: " + firstLine(e)), Map.of(), 0,
                        start);
            }
            try {
                return inspect(c, file, start);
            } finally {
                try {
                    c.close();
                } catch (SQLException | RuntimeException e) {
                    LOG.debug("Closing the checked copy of {} failed", file, e);
                }
            }
        }
    }

    /** Null for a file that starts like an H2 database; otherwise why not ("!" first: a damaged workspace). */
    private static String notAnH2File(Path file) throws IOException {
        long size = Files.size(file);
        if (size == 0) {
            return "!The file is empty: nothing of the workspace is left in it.";
        }
        byte[] head = new byte[8192];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        // H2 writes its file header twice, in the first two 4 KB blocks
        if (startsWithH2(head, 0, n) || startsWithH2(head, 4096, n)) {
            return null;
        }
        boolean allZero = true;
        for (int i = 0; i < n && allZero; i++) {
            allZero = head[i] == 0;
        }
        if (allZero) {
            return "!The start of the file holds only zeros: the workspace's header is gone.";
        }
        if (n >= 2 && head[0] == 'P' && head[1] == 'K') {
            return "it is a zip archive (if it is a backup of a workspace, restore it from the window).";
        }
        return "it is not a database file.";
    }

    /**
     * Words only a Rollout Planner workspace holds: its label row and table names. H2 compresses the pages of a file it
     * compacted, so most names are no longer there in one piece; these were (in a compacted workspace, the label and
     * the WORKSPACE_INFO name; the others in a file not compacted yet).
     */
    private static final List<byte[]> OUR_MARKS = List.of("rollout-planner", "WORKSPACE_INFO", "SCENARIO_PHASE",
            "ID_COUNTER").stream().map(m -> m.getBytes(StandardCharsets.US_ASCII)).toList();

    /**
     * Whether the raw bytes hold the names of our own tables: then a file that H2 opens as "someone else's database"
     * (a password it never had, no WORKSPACE_INFO, another label) is a workspace whose catalogue was damaged, not a
     * foreign file. The damaged-file corpus had byte flips that H2 read as exactly that.
     */
    static boolean looksLikeAWorkspace(Path file) {
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            int[] matched = new int[OUR_MARKS.size()];
            int b;
            while ((b = in.read()) >= 0) {
                for (int m = 0; m < matched.length; m++) {
                    byte[] mark = OUR_MARKS.get(m);
                    matched[m] = mark[matched[m]] == b ? matched[m] + 1 : (mark[0] == b ? 1 : 0);
                    if (matched[m] == mark.length) {
                        return true;
                    }
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean startsWithH2(byte[] b, int at, int n) {
        return n >= at + 3 && new String(b, at, 3, StandardCharsets.ISO_8859_1).equals("H:2");
    }

    private Verdict inspect(Connection c, Path file, long start) {
        List<String> problems = new ArrayList<>();
        Map<String, Long> counts = new LinkedHashMap<>();
        int rules = 0;
        List<String> tables;
        try {
            tables = WorkspaceContent.tables(c);
        } catch (SQLException e) {
            return verdict(Status.DAMAGED, file, List.of("The list of tables cannot be read: " + firstLine(e)), counts, 0,
                    start);
        }
        if (!tables.contains("WORKSPACE_INFO")) {
            if (looksLikeAWorkspace(file)) {
                return verdict(Status.DAMAGED, file, List.of("The workspace's list of tables is damaged: the table "
                        + "WORKSPACE_INFO is missing from it, though the file holds it."), counts, 0, start);
            }
            return verdict(Status.NOT_A_WORKSPACE, file, List.of("it is a database, but not one written by Rollout "
                    + "Planner."), counts, 0, start);
        }
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT application FROM workspace_info WHERE id = 1")) {
            if (!rs.next() || !"rollout-planner".equals(rs.getString(1))) {
                if (looksLikeAWorkspace(file)) {
                    return verdict(Status.DAMAGED, file, List.of("The workspace's own label (table WORKSPACE_INFO) "
                            + "is damaged."), counts, 0, start);
                }
                return verdict(Status.NOT_A_WORKSPACE, file, List.of("it is a database, but not one written by "
                        + "Rollout Planner."), counts, 0, start);
            }
        } catch (SQLException e) {
            problems.add("The workspace's own label (table WORKSPACE_INFO) cannot be read: " + firstLine(e));
        }
        for (String table : tables) {
            if (Thread.currentThread().isInterrupted()) {
                break;
            }
            Long rows = scanTable(c, table, problems);
            if (rows != null) {
                counts.put(table, rows);
                rules += compareIndexes(c, table, rows, problems);
            }
        }
        rules += checkRules(c, problems);
        if (problems.isEmpty()) {
            readAsTheAppDoes(c, problems);
        }
        return verdict(problems.isEmpty() ? Status.HEALTHY : Status.DAMAGED, file, problems, counts, rules, start);
    }

    /** Reads every column of every row; null when the table cannot be read to the end. */
    private static Long scanTable(Connection c, String table, List<String> problems) {
        long rows = 0;
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT * FROM " + WorkspaceContent.quote(table))) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= n; i++) {
                    Object v = rs.getObject(i);
                    if (v instanceof java.sql.Clob clob) {
                        clob.getSubString(1, (int) Math.min(Integer.MAX_VALUE, clob.length()));
                    }
                }
                rows++;
            }
            return rows;
        } catch (SQLException | RuntimeException e) {
            problems.add("Table " + table + " cannot be read to the end (" + rows + " rows read): " + firstLine(e));
            return null;
        }
    }

    /** Walks each index of the table in index order; its count must equal the table's. Returns indexes walked. */
    private static int compareIndexes(Connection c, String table, long rows, List<String> problems) {
        Map<String, List<String>> indexes = new LinkedHashMap<>();
        try (var ps = c.prepareStatement("SELECT INDEX_NAME, COLUMN_NAME FROM INFORMATION_SCHEMA.INDEX_COLUMNS "
                + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = ? ORDER BY INDEX_NAME, ORDINAL_POSITION")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    indexes.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        } catch (SQLException e) {
            problems.add("The indexes of table " + table + " cannot be listed: " + firstLine(e));
            return 0;
        }
        for (var index : indexes.entrySet()) {
            String cols = String.join(", ", index.getValue().stream().map(WorkspaceContent::quote).toList());
            String sql = "SELECT " + cols + " FROM " + WorkspaceContent.quote(table) + " USE INDEX ("
                    + WorkspaceContent.quote(index.getKey()) + ") ORDER BY " + cols;
            long n = 0;
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                while (rs.next()) {
                    n++;
                }
                if (n != rows) {
                    problems.add("Index " + index.getKey() + " of table " + table + " lists " + n + " rows, but the "
                            + "table holds " + rows + ".");
                }
            } catch (SQLException | RuntimeException e) {
                problems.add("Index " + index.getKey() + " of table " + table + " cannot be read: " + firstLine(e));
            }
        }
        return indexes.size();
    }

    /** Reads every district, school and scenario the way the window does (text to values, scenario details). */
    private static void readAsTheAppDoes(Connection c, List<String> problems) {
        var dsl = org.jooq.impl.DSL.using(c, org.jooq.SQLDialect.H2);
        var schools = new JooqSchoolRepository(dsl);
        var scenarios = new JooqScenarioRepository(dsl);
        try {
            for (var d : new JooqDistrictRepository(dsl).all()) {
                try {
                    schools.ofDistrict(d.key());
                    scenarios.ofDistrict(d.key());
                } catch (RuntimeException e) {
                    problems.add("The schools or scenarios of the district " + d.name() + " cannot be read: "
                            + firstLine(e));
                }
            }
        } catch (RuntimeException e) {
            problems.add("The districts cannot be read: " + firstLine(e));
        }
    }

    /** Re-runs the database's own rules as queries; returns how many rules were checked. */
    private static int checkRules(Connection c, List<String> problems) {
        int rules = 0;
        List<String[]> queries = new ArrayList<>();
        try (Statement st = c.createStatement()) {
            // NOT NULL columns
            try (ResultSet rs = st.executeQuery("SELECT TABLE_NAME, COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS "
                    + "WHERE TABLE_SCHEMA = 'PUBLIC' AND IS_NULLABLE = 'NO'")) {
                while (rs.next()) {
                    String t = WorkspaceContent.quote(rs.getString(1));
                    String col = WorkspaceContent.quote(rs.getString(2));
                    queries.add(new String[] {"column " + rs.getString(2) + " of table " + rs.getString(1)
                            + " must not be empty", "SELECT COUNT(*) FROM " + t + " WHERE " + col + " IS NULL"});
                }
            }
            // CHECK rules: a row breaks one when the rule is FALSE (UNKNOWN passes, as in SQL)
            try (ResultSet rs = st.executeQuery("SELECT tc.TABLE_NAME, tc.CONSTRAINT_NAME, cc.CHECK_CLAUSE "
                    + "FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc JOIN INFORMATION_SCHEMA.CHECK_CONSTRAINTS cc "
                    + "ON cc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA AND cc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME "
                    + "WHERE tc.TABLE_SCHEMA = 'PUBLIC' AND tc.CONSTRAINT_TYPE = 'CHECK'")) {
                while (rs.next()) {
                    queries.add(new String[] {"rule " + rs.getString(2) + " of table " + rs.getString(1),
                            "SELECT COUNT(*) FROM " + WorkspaceContent.quote(rs.getString(1)) + " WHERE NOT ("
                                    + rs.getString(3) + ")"});
                }
            }
            // primary keys and UNIQUE rules
            Map<String, List<String>> keyCols = new LinkedHashMap<>();
            Map<String, String> keyTable = new LinkedHashMap<>();
            try (ResultSet rs = st.executeQuery("SELECT tc.CONSTRAINT_NAME, tc.TABLE_NAME, k.COLUMN_NAME "
                    + "FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE k "
                    + "ON k.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA AND k.CONSTRAINT_NAME = tc.CONSTRAINT_NAME "
                    + "WHERE tc.TABLE_SCHEMA = 'PUBLIC' AND tc.CONSTRAINT_TYPE IN ('PRIMARY KEY', 'UNIQUE') "
                    + "ORDER BY tc.CONSTRAINT_NAME, k.ORDINAL_POSITION")) {
                while (rs.next()) {
                    keyTable.put(rs.getString(1), rs.getString(2));
                    keyCols.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(WorkspaceContent.quote(rs.getString(3)));
                }
            }
            for (var key : keyCols.entrySet()) {
                String cols = String.join(", ", key.getValue());
                String notNull = String.join(" AND ", key.getValue().stream().map(x -> x + " IS NOT NULL").toList());
                queries.add(new String[] {"rule " + key.getKey() + " of table " + keyTable.get(key.getKey())
                        + " (no two rows alike)", "SELECT COUNT(*) FROM (SELECT " + cols + " FROM "
                        + WorkspaceContent.quote(keyTable.get(key.getKey())) + " WHERE " + notNull + " GROUP BY "
                        + cols + " HAVING COUNT(*) > 1) d"});
            }
            // foreign keys
            try (ResultSet rs = st.executeQuery("SELECT rc.CONSTRAINT_NAME, fk.TABLE_NAME, fk.COLUMN_NAME, "
                    + "pk.TABLE_NAME, pk.COLUMN_NAME FROM INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS rc "
                    + "JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE fk ON fk.CONSTRAINT_SCHEMA = rc.CONSTRAINT_SCHEMA "
                    + "AND fk.CONSTRAINT_NAME = rc.CONSTRAINT_NAME JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE pk "
                    + "ON pk.CONSTRAINT_SCHEMA = rc.UNIQUE_CONSTRAINT_SCHEMA AND pk.CONSTRAINT_NAME = "
                    + "rc.UNIQUE_CONSTRAINT_NAME AND pk.ORDINAL_POSITION = fk.POSITION_IN_UNIQUE_CONSTRAINT "
                    + "WHERE rc.CONSTRAINT_SCHEMA = 'PUBLIC'")) {
                while (rs.next()) {
                    String child = WorkspaceContent.quote(rs.getString(2));
                    String childCol = WorkspaceContent.quote(rs.getString(3));
                    String parent = WorkspaceContent.quote(rs.getString(4));
                    String parentCol = WorkspaceContent.quote(rs.getString(5));
                    queries.add(new String[] {"rule " + rs.getString(1) + " (every " + rs.getString(2).toLowerCase()
                            + " row belongs to a " + rs.getString(4).toLowerCase() + " row)",
                            "SELECT COUNT(*) FROM " + child + " c WHERE c." + childCol + " IS NOT NULL AND NOT EXISTS "
                                    + "(SELECT 1 FROM " + parent + " p WHERE p." + parentCol + " = c." + childCol + ")"});
                }
            }
        } catch (SQLException | RuntimeException e) {
            problems.add("The rules of the workspace cannot be read: " + firstLine(e));
            return 0;
        }
        for (String[] q : queries) {
            if (Thread.currentThread().isInterrupted()) {
                break;
            }
            rules++;
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(q[1])) {
                rs.next();
                long broken = rs.getLong(1);
                if (broken > 0) {
                    problems.add(broken + (broken == 1 ? " row breaks the " : " rows break the ") + q[0] + ".");
                }
            } catch (SQLException | RuntimeException e) {
                problems.add("The " + q[0] + " cannot be checked: " + firstLine(e));
            }
        }
        return rules;
    }

    private static Verdict verdict(Status status, Path file, List<String> problems, Map<String, Long> counts,
            int rules, long start) {
        return new Verdict(status, file, List.copyOf(problems), Map.copyOf(counts), rules, Optional.empty(),
                Duration.ofNanos(System.nanoTime() - start));
    }

    static String firstLine(Throwable e) {
        String s = String.valueOf(e.getMessage());
        int i = s.indexOf('\n');
        String line = (i < 0 ? s : s.substring(0, i)).replaceAll("\\s*\\[\\d+-\\d+]$", "");
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }

    static void deleteTree(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    p.toFile().deleteOnExit();
                }
            });
        } catch (IOException e) {
            LOG.debug("Could not remove {}", dir, e);
        }
    }
}
