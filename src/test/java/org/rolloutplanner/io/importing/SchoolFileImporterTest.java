package org.rolloutplanner.io.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rolloutplanner.domain.common.FileProblem;
import org.rolloutplanner.domain.school.School;
import org.rolloutplanner.domain.school.SchoolField;
import org.rolloutplanner.domain.school.SchoolLevel;
import org.rolloutplanner.io.RosterCsv;
import org.rolloutplanner.io.importing.SchoolFileImporter.FileSettings;

class SchoolFileImporterTest {

    @TempDir
    Path dir;

    Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    ImportBatch read(Path... files) throws IOException {
        return SchoolFileImporter.read(java.util.Arrays.stream(files).map(FileSettings::guessed).toList(),
                ImportProgress.NONE);
    }

    @Test
    void theAppsOwnRosterExportMapsItselfAndReadsBackTheSameSchools() throws IOException {
        List<School> schools = List.of(
                new School(0, "010000500870", "Albertville Elementary", SchoolLevel.ELEMENTARY, "KG", "05", 640, 61.5,
                        "North", "Albertville High", 72.0, 38.5),
                new School(0, "00123", "Oak Middle", SchoolLevel.MIDDLE, "06", "08", 410, null, "", "", null, null));
        StringBuilder sb = new StringBuilder();
        RosterCsv.write(schools, sb);
        ColumnMapping guessed = ColumnMapping.guess(List.of(RosterCsv.header().split(",")));
        assertThat(guessed.choices()).extracting(ColumnChoice::field).doesNotContain(ImportField.ATTRIBUTE);

        ImportBatch b = read(file("roster.csv", sb.toString()));

        assertThat(b.allProblems()).isEmpty();
        assertThat(b.schools()).extracting(ImportedSchool::school).containsExactlyElementsOf(schools);
        assertThat(b.fields()).containsExactlyInAnyOrder(SchoolField.values());
    }

    @Test
    void headersMatchWithoutCaseSpacesOrPunctuationAndOtherColumnsBecomeAttributes() throws IOException {
        ImportBatch b = read(file("district.csv", """
                School Code,School Name,Level,Low Grade,High Grade,Enrolment,FRL %,Zone,Principal
                A1,Adams Elementary,Elementary,K,5,"1,250",55%,East,Ms. Reyes
                """));

        assertThat(b.allProblems()).isEmpty();
        ImportedSchool s = b.schools().getFirst();
        assertThat(s.school()).isEqualTo(new School(0, "A1", "Adams Elementary", SchoolLevel.ELEMENTARY, "KG", "05", 1250,
                55.0, "East", "", null, null));
        assertThat(s.attributes()).containsExactly(java.util.Map.entry("Principal", "Ms. Reyes"));
        assertThat(b.fields()).doesNotContain(SchoolField.READINESS, SchoolField.TEACHERS, SchoolField.FEEDER);
    }

    @Test
    void aCountOfFreeAndReducedLunchStudentsBecomesAPercentageOfEnrollment() throws IOException {
        ImportBatch b = read(file("counts.csv", """
                id,name,level,enrollment,FRL students
                1,One,high,800,200
                2,Two,high,300,301
                """));

        assertThat(b.schools()).singleElement().extracting(s -> s.school().frlPercent()).isEqualTo(25.0);
        assertThat(b.rowProblems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.column()).isEqualTo("FRL students");
            assertThat(p.message()).contains("over 100%");
        });
    }

    @Test
    void everyProblemIsListedWithFileRowAndColumnInPlainWords() throws IOException {
        ImportBatch b = read(file("bad.csv", """
                id,name,level,enrollment,frl_percent
                A,Adams,elementary,400,50
                A,Adams Again,elementary,400,50
                B,Baker,elementary,400,130
                C,Carver,elementary,-5,50
                D,Dunbar,castle,400,50
                E,,elementary,400,50
                F,Fisk,elementary,lots,50
                G,Grant,middle,300,40
                """));

        assertThat(b.schools()).extracting(s -> s.school().id()).containsExactly("A", "G");
        assertThat(b.rejectedRows()).isEqualTo(6);
        assertThat(b.rowProblems()).extracting(FileProblem::describe).containsExactly(
                "bad.csv, row 3, column id: The school ID A is already used on row 2. School IDs must be unique.",
                "bad.csv, row 4, column frl_percent: Free/reduced lunch % must be between 0 and 100 (it is 130).",
                "bad.csv, row 5, column enrollment: Enrollment cannot be negative (it is -5).",
                "bad.csv, row 6, column level: \"castle\" is not a school level we know. Use elementary, middle, high, "
                        + "K-8, 6-12 or other.",
                "bad.csv, row 7, column name: The school name is empty. Every school needs a name.",
                "bad.csv, row 8, column enrollment: Enrollment is not a number (the cell says \"lots\").");
    }

    @Test
    void aDuplicateIdAcrossTwoFilesNamesTheOtherFile() throws IOException {
        Path a = file("a.csv", "id,name,level,enrollment\nX1,One,high,10\n");
        Path c = file("c.csv", "id,name,level,enrollment\nx1,Other,high,10\n");

        ImportBatch b = read(a, c);

        assertThat(b.rowProblems()).singleElement().extracting(FileProblem::describe)
                .isEqualTo("c.csv, row 2, column id: The school ID x1 is already used on a.csv, row 2. School IDs must be unique.");
    }

    @Test
    void aMappingWithoutAnIdColumnIsAProblemOfTheWholeFile() throws IOException {
        ImportBatch b = read(file("noid.csv", "School,Students\nAdams,300\n"));

        assertThat(b.schools()).isEmpty();
        assertThat(b.fileProblems()).extracting(FileProblem::message)
                .anySatisfy(m -> assertThat(m).startsWith("No column is mapped to School ID"));
    }

    @Test
    void aChangedMappingIsUsed() throws IOException {
        Path f = file("codes.csv", "Code,School,Kind,Students\n7,Adams,high,300\n");
        ColumnMapping m = new ColumnMapping(List.of("Code", "School", "Kind", "Students"), List.of(
                ColumnChoice.of(ImportField.ID), ColumnChoice.of(ImportField.NAME), ColumnChoice.of(ImportField.LEVEL),
                ColumnChoice.of(ImportField.ENROLLMENT)));

        ImportBatch b = SchoolFileImporter.read(List.of(new FileSettings(f, null, m)), ImportProgress.NONE);

        assertThat(b.schools()).singleElement().extracting(ImportedSchool::school)
                .isEqualTo(new School(0, "7", "Adams", SchoolLevel.HIGH, "", "", 300, null, "", "", null, null));
    }

    @Test
    void readingStopsWhenThePersonCancels() throws IOException {
        StringBuilder sb = new StringBuilder("id,name,level,enrollment\n");
        for (int i = 0; i < 10_000; i++) {
            sb.append(i).append(",S").append(i).append(",high,10\n");
        }
        Path f = file("big.csv", sb.toString());
        var cancel = new ImportProgress() {
            long seen;

            @Override
            public void rowsRead(String file, long rows) {
                seen = rows;
            }

            @Override
            public boolean cancelled() {
                return seen > 0;
            }
        };

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SchoolFileImporter.read(
                List.of(FileSettings.guessed(f)), cancel)).isInstanceOf(java.util.concurrent.CancellationException.class);
    }
}
