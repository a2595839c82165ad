package org.rolloutplanner.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

    @Setup(Level.Trial)
    public void files() throws IOException {
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
