package org.rolloutplanner.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rolloutplanner.domain.common.FileProblem;
import org.rolloutplanner.domain.common.FileProblemsException;
import org.rolloutplanner.domain.school.School;
import org.rolloutplanner.domain.school.SchoolLevel;

class RosterCsvTest {

    private static final List<School> ROSTER = List.of(
            new School(0, "010345000010", "Canyon High School", SchoolLevel.HIGH, "09", "12", 1991, 54.1, "North",
                    "Canyon feeder", 36.0, 127.3),
            new School(0, "000000000007", "Oak, \"Ridge\" K-8", SchoolLevel.K8, "KG", "08", 640, null, "", "", null,
                    null),
            new School(0, "A-12", "Mesa 6-12 Academy", SchoolLevel.SIX_TWELVE, "06", "12", 0, 0.0, "South", "Mesa",
                    100.0, 0.0));

    private static List<School> read(String csv) throws Exception {
        return RosterCsv.read(new StringReader(csv), "roster.csv");
    }

    @Test
    void headerStartsWithTheColumnsScriptsRely() {
        assertThat(RosterCsv.header())
                .isEqualTo("id,name,level,enrollment,frl_percent,region,readiness,feeder,grade_low,grade_high,teachers");
    }

    @Test
    void writingAndReadingBackKeepsEverySchoolAndLeadingZeros(@TempDir Path dir) throws Exception {
        StringBuilder sb = new StringBuilder();
        RosterCsv.write(ROSTER, sb);
        Path file = dir.resolve("roster.csv");
        Files.writeString(file, sb, StandardCharsets.UTF_8);

        List<School> back = RosterCsv.read(file);

        assertThat(back).containsExactlyElementsOf(ROSTER);
        assertThat(back.getFirst().id()).isEqualTo("010345000010");
        assertThat(sb.toString()).startsWith(RosterCsv.header() + "\n")
                .contains("\n010345000010,Canyon High School,high,1991,54.1,North,36,Canyon feeder,09,12,127.3\n")
                .contains("\n000000000007,");
    }

    @Test
    void aNegativeEnrollmentIsReportedWithFileRowAndColumn() {
        String csv = """
                id,name,level,enrollment
                010345000010,Canyon High,high,1991
                010345000017,Washington High,high,-5
                """;
        assertThatThrownBy(() -> read(csv)).isInstanceOfSatisfying(FileProblemsException.class, e -> {
            assertThat(e.problems()).hasSize(1);
            FileProblem p = e.problems().getFirst();
            assertThat(p.file()).isEqualTo("roster.csv");
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.column()).isEqualTo("enrollment");
            assertThat(p.describe()).startsWith("roster.csv, row 3, column enrollment: ").contains("negative");
        });
    }

    @Test
    void aNonNumericEnrollmentIsReportedWithFileRowAndColumn() {
        String csv = "id,name,level,enrollment\n1,A,high,12\n2,B,high,12\n3,C,middle,lots\n";
        assertThatThrownBy(() -> read(csv)).isInstanceOfSatisfying(FileProblemsException.class, e ->
                assertThat(e.getMessage()).contains("roster.csv, row 4, column enrollment").contains("lots"));
    }

    @Test
    void everyBadRowIsReportedAndNothingIsReturned() {
        String csv = "id,name,level,enrollment,frl_percent\n1,A,high,12,101\n,B,high,12,5\n3,,castle,5,5\n";
        assertThatThrownBy(() -> read(csv)).isInstanceOfSatisfying(FileProblemsException.class, e ->
                assertThat(e.problems()).extracting(p -> p.row() + ":" + p.column())
                        .contains("2:frl_percent", "3:id", "4:name", "4:level"));
    }

    @Test
    void aMissingRequiredColumnIsReportedOnTheHeaderRow() {
        assertThatThrownBy(() -> read("id,name,level\n1,A,high\n")).isInstanceOfSatisfying(FileProblemsException.class,
                e -> {
                    assertThat(e.problems()).singleElement().satisfies(p -> {
                        assertThat(p.row()).isEqualTo(1);
                        assertThat(p.column()).isEqualTo("enrollment");
                    });
                });
    }

    @Test
    void anEmptyFileIsReportedOnceAsEmpty() {
        assertThatThrownBy(() -> read("")).isInstanceOfSatisfying(FileProblemsException.class,
                e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.row()).isEqualTo(1);
                    assertThat(p.message()).startsWith("The file is empty.");
                }));
    }

    @Test
    void duplicateIdsInTheFileAreReportedWithTheFirstRow() {
        String csv = "id,name,level,enrollment\nab-1,A,high,12\nAB-1,B,high,13\n";
        assertThatThrownBy(() -> read(csv)).isInstanceOfSatisfying(FileProblemsException.class, e ->
                assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.row()).isEqualTo(3);
                    assertThat(p.message()).contains("row 2");
                }));
    }

    @Test
    void onlyRequiredColumnsInAnyOrderWithBomAndCaseAreRead() throws Exception {
        List<School> schools = read("\uFEFFEnrollment,Level,Name,ID\n1,250,K-8,Oak,0042\n".replace("1,250", "\"1,250\""));
        assertThat(schools).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo("0042");
            assertThat(s.enrollment()).isEqualTo(1250);
            assertThat(s.level()).isEqualTo(SchoolLevel.K8);
            assertThat(s.frlPercent()).isNull();
        });
    }

    @Test
    void theSampleDistrictFileReads() throws Exception {
        List<School> schools = RosterCsv.read(Path.of("assets/sample-district.csv"));
        assertThat(schools).hasSize(50);
    }
}
