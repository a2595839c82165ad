package org.rolloutplanner.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
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
import org.rolloutplanner.domain.common.FileProblemsException;
import org.rolloutplanner.io.table.TableFiles;
import org.rolloutplanner.io.table.TableRow;
import org.rolloutplanner.io.table.TableSource;

/**
 * Reading a whole CSV file through {@link TableFiles} (type, encoding and delimiter detection, header search, rows
 * as {@link TableRow}) against the floor: plainly parsing the same file with Commons CSV. Two files: a 100,000-row
 * school file (~8 MB) and a 1,000,000-row file shaped like a CCD membership file (~60 MB), in a JVM with a 512 MB
 * heap, to show the reader streams. Run: {@code mvn -B test-compile exec:exec@bench -Dbench=TableReadBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4)
@Measurement(iterations = 6)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
public class TableReadBenchmark {

    @Param({"schools-100k", "membership-1m"})
    String file;

    Path dir;
    Path csv;

    @Setup(Level.Trial)
    public void writeFile() throws IOException {
        dir = Files.createTempDirectory("table-bench");
        csv = dir.resolve(file + ".csv");
        Random random = new Random(11);
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            if (file.equals("schools-100k")) {
                out.write("id,name,level,grades,enrollment,frl_percent,teachers,region,feeder,readiness\r\n");
                String[] levels = {"elementary", "middle", "high"};
                for (int i = 0; i < 100_000; i++) {
                    out.write(String.format("%012d,\"School %d, Campus %s\",%s,K-5,%d,%.1f,%d,Region %d,%s,%.2f\r\n",
                            100005000000L + i, i, (char) ('A' + i % 26), levels[i % 3], 100 + random.nextInt(2000),
                            random.nextDouble() * 100, 5 + random.nextInt(90), i % 12,
                            i % 3 == 0 ? "" : String.format("%012d", 100005000000L + i / 3), random.nextDouble()));
                }
            } else {
                out.write("LEAID,NCESSCH,GRADE,RACE_ETHNICITY,SEX,STUDENT_COUNT,TOTAL_INDICATOR\r\n");
                String[] races = {"White", "Black", "Hispanic", "Asian"};
                for (int i = 0; i < 1_000_000; i++) {
                    int school = i / 40;
                    out.write(String.format("%07d", 100000 + school / 30) + "," + String.format("%012d",
                            10000500000L + school) + ",Grade " + (i % 13) + "," + races[i % 4] + ","
                            + (i % 8 < 4 ? "Female" : "Male") + "," + random.nextInt(200) + ",Category Set A\r\n");
                }
            }
        }
        System.out.printf("%n%s: %,d bytes%n", csv.getFileName(), Files.size(csv));
    }

    @TearDown(Level.Trial)
    public void removeFile() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** Every row through the table reader; returns a checksum so nothing is optimised away. */
    @Benchmark
    public long tableFiles() throws IOException, FileProblemsException {
        long sum = 0;
        try (TableSource table = TableFiles.open(csv, TableFiles.OpenOptions.DEFAULT)) {
            for (Iterator<TableRow> rows = table.rows(); rows.hasNext(); ) {
                TableRow row = rows.next();
                sum += row.rowNumber() + row.cell(0).length();
            }
        }
        return sum;
    }

    /** The floor: Commons CSV straight over the file, known delimiter and encoding, no detection. */
    @Benchmark
    public long plainCommonsCsv() throws IOException {
        long sum = 0;
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, CSVFormat.DEFAULT)) {
            for (CSVRecord record : parser) {
                sum += record.getRecordNumber() + record.get(0).length();
            }
        }
        return sum;
    }
}
