package org.rolloutplanner.io.table;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.rolloutplanner.domain.common.FileProblemsException;

/**
 * Fuzz tests (Jazzer) of the CSV and .xlsx readers. The property: any bytes are either read to the end or refused
 * with a {@link FileProblemsException} naming the file in plain words; no other exception, ever.
 * <p>
 * In the normal build ({@code mvn verify}) Jazzer runs each method once per file of its seed corpus in
 * {@code src/test/resources/org/rolloutplanner/io/table/TableReaderFuzzTestInputs/<method>/}, as regression tests.
 * To fuzz for real: {@code JAZZER_FUZZ=1 mvn -B test -Dtest=TableReaderFuzzTest#csvReader}; new findings land in
 * that folder as files to commit.
 */
class TableReaderFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void csvReader(byte[] data) throws IOException {
        Path file = Files.createTempFile("fuzz", ".csv");
        try {
            Files.write(file, data);
            byte[] head = data.length > TableFiles.HEAD_BYTES ? java.util.Arrays.copyOf(data, TableFiles.HEAD_BYTES)
                    : data;
            try (TableSource table = CsvReader.open(file, "fuzz.csv", head, TableFiles.OpenOptions.DEFAULT,
                    ReadProgress.NONE)) {
                table.header();
                table.forEachRow(row -> row.cell(0));
            } catch (FileProblemsException refused) {
                MalformedFilesTest.assertPlainAndLocated(refused, "fuzz.csv");
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @FuzzTest(maxDuration = "60s")
    void xlsxReader(byte[] data) throws IOException {
        Path dir = Files.createTempDirectory("fuzz");
        Path file = dir.resolve("fuzz.xlsx");
        try {
            Files.write(file, data);
            MalformedCorpus.readFully(file);
        } catch (FileProblemsException refused) {
            MalformedFilesTest.assertPlainAndLocated(refused, "fuzz.xlsx");
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }
}
