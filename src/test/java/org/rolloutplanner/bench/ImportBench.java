package org.rolloutplanner.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.rolloutplanner.domain.school.School;
import org.rolloutplanner.app.importing.ImportOutcome;
import org.rolloutplanner.app.importing.ImportRequest;
import org.rolloutplanner.app.importing.ImportService;
import org.rolloutplanner.app.workspace.OpenMode;
import org.rolloutplanner.io.importing.CcdFixtures;
import org.rolloutplanner.io.importing.CcdImporter;
import org.rolloutplanner.io.importing.ImportBatch;
import org.rolloutplanner.io.importing.ImportProgress;
import org.rolloutplanner.io.importing.SchoolFileImporter.FileSettings;
import org.rolloutplanner.persistence.WorkspaceOpener;
import org.rolloutplanner.persistence.WorkspaceServices;

/**
 * Import speed, each against the floor of plainly parsing the same file with commons-csv (every cell touched):
 * <ul>
 * <li>{@code roster100k}: a 100,000-row school CSV read, checked and written to a fresh workspace (target &lt; 3 s);</li>
 * <li>{@code membership1M}: a CCD directory plus a ~1,000,000-row membership file (052) filtered to one district
 * (target &lt; 5 s).</li>
 * </ul>
 * The fresh workspace is created (and migrated) before each timed import. Heap: -Xmx512m. Run: {@code mvn -B test-compile exec:exec@bench -Dbench=ImportBench}. Files are generated once per
 * run in the temporary folder (the membership file is ~150 MB).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 4)
@Fork(value = 1, jvmArgs = {"-Xmx512m", "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow"})
public class ImportBench {

    static final int ROSTER_ROWS = 100_000;
    static final int MEMBERSHIP_ROWS = 1_000_000;

    Path dir;
    Path roster;
    Path directory;
    Path membership;
    Path workspace;
    int round;

    ImportBatch rosterBatch;

    @Setup(Level.Trial)
    public void files(BenchmarkParams params) throws IOException {
        dir = Files.createTempDirectory("import-bench");
        roster = dir.resolve("roster.csv");
        try (BufferedWriter w = Files.newBufferedWriter(roster, StandardCharsets.UTF_8)) {
            w.write("id,name,level,enrollment,frl_percent,region,readiness,feeder,grade_low,grade_high,teachers\n");
            String[] levels = {"elementary", "middle", "high", "k-8"};
            for (int i = 0; i < ROSTER_ROWS; i++) {
                w.write(String.format("%012d,\"School %d, Campus %d\",%s,%d,%d.5,Region %d,%d,Feeder %d,KG,05,%d.5%n", i, i,
                        i % 7, levels[i % 4], 100 + i % 1500, i % 99, i % 12, i % 100, i % 40, 10 + i % 60));
            }
        }
        if (params.getBenchmark().contains("WriteOnly") || params.getBenchmark().contains("Floor")) {
            rosterBatch = readRoster();
        }
        if (!params.getBenchmark().contains("membership")) {
            return; // the big membership file only for the benchmarks that use it
        }
        membership = dir.resolve("ccd_sch_052.csv");
        CcdFixtures.writeLargeMembership(membership, MEMBERSHIP_ROWS);
        List<String> rows = new ArrayList<>();
        int schools = MEMBERSHIP_ROWS / (7 * 2 * 6 + 2);
        for (int s = 0; s < schools; s++) {
            String leaid = String.format("%07d", 100005 + s / 20);
            String ncessch = leaid + String.format("%05d", s % 20 + 1);
            rows.add(CcdFixtures.directory(leaid, "District " + leaid, ncessch, "School " + s, "Open", "Elementary", "KG",
                    "05"));
        }
        directory = CcdFixtures.write(dir.resolve("ccd_sch_029.csv"), CcdFixtures.DIRECTORY_HEADER, rows);
    }

    WorkspaceServices fresh;

    /** A new, empty workspace (created and migrated outside the timed part). */
    @Setup(Level.Invocation)
    public void freshWorkspace() {
        workspace = dir.resolve("ws-" + (round++) + ".mv.db");
        fresh = WorkspaceServices.of(new WorkspaceOpener().open(workspace, OpenMode.CREATE_IF_MISSING));
    }

    @TearDown(Level.Invocation)
    public void closeWorkspace() {
        fresh.close();
    }

    @TearDown(Level.Trial)
    public void clean() throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Benchmark
    public int roster100kImport() throws Exception {
        ImportBatch b = ImportService.read(new ImportRequest(List.of(FileSettings.guessed(roster)), ImportRequest.Mode.AUTO,
                CcdImporter.Filter.none(), "Big"), ImportProgress.NONE);
        if (b.hasProblems() || b.schools().size() != ROSTER_ROWS) {
            throw new IllegalStateException("unexpected: " + b.allProblems().stream().limit(3).toList());
        }
        ImportOutcome o = fresh.imports().apply("Big", true, b, false);
        return o.added();
    }

    /** Writing alone: the file was read and checked before the timed part. */
    @Benchmark
    public int roster100kWriteOnly() throws Exception {
        return fresh.imports().apply("Big", true, rosterBatch, false).added();
    }

    /**
     * The floor of writing: the same 100,000 rows (values prepared beforehand) inserted with plain JDBC, one prepared
     * statement, executeBatch every 1,000 rows, one transaction.
     */
    @Benchmark
    public int roster100kJdbcFloor() {
        return jdbcFloor(1);
    }

    /** The same floor with 100-row multi-row INSERT … VALUES statements. */
    @Benchmark
    public int roster100kJdbcFloorMultiRow() {
        return jdbcFloor(100);
    }

    private int jdbcFloor(int rowsPerStatement) {
        List<School> schools = rosterBatch == null ? readRosterUnchecked() : rosterBatch.schools().stream()
                .map(s -> s.school()).toList();
        return fresh.workspace().dsl().transactionResult(cfg -> cfg.dsl().connectionResult(c -> {
            // plain JDBC with ids given here (as the app's Ids does, in the same transaction)
            long district = 900_000_001L;
            try (PreparedStatement d = c.prepareStatement("INSERT INTO district (id, name) VALUES (?, 'Big')")) {
                d.setLong(1, district);
                d.executeUpdate();
            }
            long nextSchool = 900_000_001L;
            StringBuilder sql = new StringBuilder("INSERT INTO school (id, district_id, school_code, name, level, "
                    + "grade_low, grade_high, enrollment, frl_percent, region, feeder, readiness, teachers) VALUES ");
            for (int r = 0; r < rowsPerStatement; r++) {
                sql.append(r == 0 ? "" : ",").append("(?,?,?,?,?,?,?,?,?,?,?,?,?)");
            }
            int n = 0;
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                int row = 0;
                for (School s : schools) {
                    int p = row * 13 + 1;
                    ps.setLong(p, nextSchool++);
                    ps.setLong(p + 1, district);
                    ps.setString(p + 2, s.id());
                    ps.setString(p + 3, s.name());
                    ps.setString(p + 4, s.level().code());
                    ps.setString(p + 5, s.gradeLow());
                    ps.setString(p + 6, s.gradeHigh());
                    ps.setInt(p + 7, s.enrollment());
                    ps.setObject(p + 8, s.frlPercent() == null ? null : java.math.BigDecimal.valueOf(s.frlPercent()));
                    ps.setString(p + 9, s.region());
                    ps.setString(p + 10, s.feeder());
                    ps.setObject(p + 11, s.readiness() == null ? null : java.math.BigDecimal.valueOf(s.readiness()));
                    ps.setObject(p + 12, s.teachers() == null ? null : java.math.BigDecimal.valueOf(s.teachers()));
                    if (++row == rowsPerStatement) {
                        ps.addBatch();
                        row = 0;
                        n += rowsPerStatement;
                        if (n % 1000 == 0) {
                            ps.executeBatch();
                        }
                    }
                }
                ps.executeBatch();
            }
            return n;
        }));
    }

    private List<School> readRosterUnchecked() {
        try {
            return readRoster().schools().stream().map(s -> s.school()).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private ImportBatch readRoster() throws IOException {
        return ImportService.read(new ImportRequest(List.of(FileSettings.guessed(roster)), ImportRequest.Mode.AUTO,
                CcdImporter.Filter.none(), "Big"), ImportProgress.NONE);
    }

    /** Reading and checking alone (no database): what the import adds to parsing before anything is written. */
    @Benchmark
    public int roster100kReadAndCheck() throws Exception {
        ImportBatch b = ImportService.read(new ImportRequest(List.of(FileSettings.guessed(roster)), ImportRequest.Mode.AUTO,
                CcdImporter.Filter.none(), "Big"), ImportProgress.NONE);
        return b.schools().size();
    }

    @Benchmark
    public long roster100kParseOnly() throws IOException {
        return parse(roster);
    }

    @Benchmark
    public int membership1MFilterOneDistrict() throws IOException {
        ImportBatch b = CcdImporter.read(List.of(directory, membership), new CcdImporter.Filter(Set.of("0100010"), Set.of()),
                null, ImportProgress.NONE);
        if (b.hasProblems() || b.schools().size() != 20 || b.schools().getFirst().school().enrollment() == 0) {
            throw new IllegalStateException("unexpected: " + b.schools().size() + " " + b.allProblems());
        }
        return b.schools().size();
    }

    @Benchmark
    public long membership1MParseOnly() throws IOException {
        return parse(membership);
    }

    private static long parse(Path file) throws IOException {
        long cells = 0;
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                var p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            for (CSVRecord rec : p) {
                for (int i = 0; i < rec.size(); i++) {
                    cells += rec.get(i).length();
                }
            }
        }
        return cells;
    }
}
