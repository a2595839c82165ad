package org.rolloutplanner.io.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The schools CSV as Excel would open it: BOM, text ids, real dates, nothing that runs as a formula. */
class SchoolsCsvWriterTest {

    @TempDir
    Path dir;

    List<CSVRecord> export(Path file) throws IOException {
        ExportedPlan plan = ExportFixtures.one().main();
        AtomicFiles.write(file, out -> SchoolsCsvWriter.write(plan, out, ExportProgress.NONE));
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            assertThat(r.read()).as("byte-order mark").isEqualTo('\uFEFF');
            return CSVFormat.EXCEL.parse(r).getRecords();
        }
    }

    @Test
    void startsWithAByteOrderMarkAndHasOneRowPerSchool() throws IOException {
        Path file = dir.resolve("schools.csv");
        List<CSVRecord> rows = export(file);
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes[0]).isEqualTo((byte) 0xEF);
        assertThat(bytes[1]).isEqualTo((byte) 0xBB);
        assertThat(bytes[2]).isEqualTo((byte) 0xBF);
        assertThat(rows).hasSize(51);
        assertThat(rows.getFirst().values()).startsWith("School id", "School name", "Level");
        assertThat(rows.get(1).get(0)).isEqualTo("000000000001");
        assertThat(rows.get(1).get(8)).isEqualTo("1");
        assertThat(rows.get(1).get(10)).isEqualTo("2015-08-01");
        assertThat(rows.get(1).get(12)).as("Design ends").isEqualTo("2016-07-31");
    }

    @Test
    void cellsThatWouldRunAsFormulasAreNeutralised() throws IOException {
        List<CSVRecord> rows = export(dir.resolve("schools.csv"));
        assertThat(rows.get(3).get(1)).isEqualTo("'" + ExportFixtures.FORMULA_NAME);
        assertThat(rows.get(5).get(1)).isEqualTo("'-5 Street Academy");
        assertThat(rows.get(2).get(1)).isEqualTo("School 2");
    }

    @Test
    void neutralisesEachDangerousFirstCharacterOnly() {
        assertThat(SchoolsCsvWriter.neutralise("=1+2")).isEqualTo("'=1+2");
        assertThat(SchoolsCsvWriter.neutralise("+1")).isEqualTo("'+1");
        assertThat(SchoolsCsvWriter.neutralise("-1")).isEqualTo("'-1");
        assertThat(SchoolsCsvWriter.neutralise("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SchoolsCsvWriter.neutralise("\tx")).isEqualTo("'\tx");
        assertThat(SchoolsCsvWriter.neutralise("\rx")).isEqualTo("'\rx");
        assertThat(SchoolsCsvWriter.neutralise("Lincoln = best")).isEqualTo("Lincoln = best");
        assertThat(SchoolsCsvWriter.neutralise("")).isEmpty();
    }
}
