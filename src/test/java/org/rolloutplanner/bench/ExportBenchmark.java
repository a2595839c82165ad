package org.rolloutplanner.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.rolloutplanner.domain.rollout.Phase;
import org.rolloutplanner.domain.rollout.PhaseCost;
import org.rolloutplanner.domain.rollout.RolloutCalendar;
import org.rolloutplanner.domain.rollout.RolloutPlanner;
import org.rolloutplanner.domain.rollout.RolloutRule;
import org.rolloutplanner.domain.rollout.Scenario;
import org.rolloutplanner.domain.rollout.SchoolYear;
import org.rolloutplanner.domain.school.School;
import org.rolloutplanner.domain.school.SchoolLevel;
import org.rolloutplanner.io.export.ExportProgress;
import org.rolloutplanner.io.export.ExportSheet;
import org.rolloutplanner.io.export.ExportedPlan;
import org.rolloutplanner.io.export.FastZipStreamingWorkbook;
import org.rolloutplanner.io.export.Exports;
import org.rolloutplanner.io.export.PlanExport;

/**
 * Exporting the whole workbook (all sheets, atomic write with fsync) for 700 and 10,000 schools over 11 school years
 * by month (Design 12 months, then Implementation open-ended, so every school's row is filled to the end: the
 * largest Timeline), with 512 MB of heap, against the floor: POI's streaming writer (SXSSF) writing the same number
 * of plain numeric cells to a file. Run: {@code mvn -B test-compile exec:exec@bench -Dbench=ExportBenchmark}.
 * {@code coldExport} is the first export of a fresh JVM (what a person waits for after starting the app).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 4, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m", "-Xms512m"})
public class ExportBenchmark {

    @Param({"700", "10000"})
    int schools;

    PlanExport export;
    long cells;
    Path dir;
    Path target;
    Path floorTarget;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Random random = new Random(7);
        SchoolLevel[] levels = {SchoolLevel.ELEMENTARY, SchoolLevel.ELEMENTARY, SchoolLevel.MIDDLE, SchoolLevel.HIGH};
        List<School> roster = new ArrayList<>(schools);
        for (int i = 0; i < schools; i++) {
            roster.add(new School(i + 1, String.format("%012d", 10_345_000_000L + i * 7L), "School number " + i,
                    levels[random.nextInt(levels.length)], "", "", 300 + random.nextInt(1500), 40.0 + random.nextInt(50),
                    "Region " + random.nextInt(5), "", (double) random.nextInt(101), null));
        }
        Scenario sc = Scenario.builder(RolloutCalendar.startingIn(SchoolYear.parse("2015-16")))
                .phases(Phase.of("Design", 12), Phase.openEnded("Implementation"))
                .rule(RolloutRule.FirstCohort.of(6))
                .rule(new RolloutRule.PercentOfSchools(10))
                .cost(new PhaseCost("Design", 100_000, 0))
                .cost(new PhaseCost("Implementation", 0, 50))
                .build();
        var plan = new ExportedPlan("Ten percent", sc, RolloutPlanner.plan(roster, sc));
        export = new PlanExport("Bench District", List.of(plan), ExportSheet.all(), LocalDate.of(2026, 12, 1));
        dir = Files.createTempDirectory("export-bench");
        target = dir.resolve("plan.xlsx");
        floorTarget = dir.resolve("floor.xlsx");
        var result = Exports.workbook(export, target, ExportProgress.NONE);
        cells = result.cells();
        System.out.printf("%n%d schools, %d school years, %d cells, %d KB%n", schools, plan.plan().years().size(), cells,
                Files.size(target) / 1024);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(target);
        Files.deleteIfExists(floorTarget);
        Files.deleteIfExists(dir);
    }

    @Benchmark
    public long export() throws IOException {
        return Exports.workbook(export, target, ExportProgress.NONE).cells();
    }

    /** The floor: SXSSF (as it comes) writing as many plain numeric cells (rows of 125, one shared style), no fsync. */
    @Benchmark
    public long floorPlainCells() throws IOException {
        return plainCells(new SXSSFWorkbook(200));
    }

    /** The same floor with the export's fastest zip level (FastZipStreamingWorkbook). */
    @Benchmark
    public long floorPlainCellsFastZip() throws IOException {
        return plainCells(new FastZipStreamingWorkbook(200));
    }

    private long plainCells(SXSSFWorkbook workbook) throws IOException {
        try (SXSSFWorkbook wb = workbook; OutputStream out = Files.newOutputStream(floorTarget)) {
            wb.setCompressTempFiles(false);
            Sheet sheet = wb.createSheet("Cells");
            // one shared style: a cell without one makes SXSSF look up its column's default style on every write
            var style = wb.createCellStyle();
            int perRow = 125;
            long written = 0;
            for (int r = 0; written < cells; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < perRow && written < cells; c++, written++) {
                    var cell = row.createCell(c);
                    cell.setCellStyle(style);
                    cell.setCellValue(c);
                }
            }
            wb.write(out);
            wb.dispose();
            return written;
        }
    }

    /** The first export in a fresh JVM (class loading, no JIT warm-up): three forks, one shot each. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(value = 3, jvmArgsAppend = {"-Xmx512m", "-Xms512m"})
    public long coldExport() throws IOException {
        return Exports.workbook(export, target, ExportProgress.NONE).cells();
    }
}
