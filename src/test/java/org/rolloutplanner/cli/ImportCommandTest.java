package org.rolloutplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rolloutplanner.io.importing.CcdFixtures.directory;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rolloutplanner.io.importing.CcdFixtures;

/** {@code import} as a script uses it: counts on standard output, problems on standard error, exit codes. */
class ImportCommandTest {

    @TempDir
    Path dir;

    record Run(int exitCode, String out, String err) {
    }

    static Run run(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        var cl = Main.newCommandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    Path csv(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void importsIntoANewWorkspaceThenReImportsAndSchoolsShowsTheResultAsRosterCsv() throws IOException {
        Path ws = dir.resolve("new-workspace.mv.db");
        Path y1 = csv("schools.csv", """
                School ID,School Name,Level,Enrollment,FRL %,Region
                00101,Adams Elementary,Elementary,400,60,North
                00102,Baker Middle,Middle,600,55,South
                """);
        Path y2 = csv("schools-2025.csv", """
                School ID,School Name,Level,Enrollment,FRL %,Region
                00101,Adams Elementary,Elementary,420,60,North
                00103,Carver High,High,1200,40,East
                """);

        Run first = run("import", "--workspace", ws.toString(), "--district", "Riverside", "--create-district", y1.toString());
        Run second = run("import", "--workspace", ws.toString(), "--district", "Riverside", y2.toString());
        Run schools = run("schools", "--workspace", ws.toString(), "--district", "Riverside", "--format", "csv");

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("added 2, updated 0, unchanged 0, rejected 0");
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.out()).contains("added 1, updated 1, unchanged 0, rejected 0")
                .contains("1 school of the district not in the files were kept");
        assertThat(schools.out().lines().toList()).containsExactly(
                "id,name,level,enrollment,frl_percent,region,readiness,feeder,grade_low,grade_high,teachers",
                "00101,Adams Elementary,elementary,420,60,North,,,,,",
                "00102,Baker Middle,middle,600,55,South,,,,,",
                "00103,Carver High,high,1200,40,East,,,,,");
    }

    @Test
    void badInputExitsWithTwoNamesFileRowAndColumnAndWritesNothing() throws IOException {
        Path ws = dir.resolve("untouched.mv.db");
        Path bad = csv("bad.csv", """
                id,name,level,enrollment,frl_percent
                1,One,high,100,50
                2,Two,high,-4,50
                3,Three,high,100,150
                """);

        Run r = run("import", "--workspace", ws.toString(), "--district", "Riverside", "--create-district", bad.toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("bad.csv, row 3, column enrollment: Enrollment cannot be negative (it is -4).")
                .contains("bad.csv, row 4, column frl_percent: Free/reduced lunch % must be between 0 and 100 (it is 150).");
        assertThat(ws).doesNotExist();
    }

    @Test
    void skipBadRowsImportsTheRestAndCountsTheRejected() throws IOException {
        Path ws = dir.resolve("skip.mv.db");
        Path bad = csv("bad.csv", "id,name,level,enrollment\n1,One,high,100\n2,,high,100\n");

        Run r = run("import", "--workspace", ws.toString(), "--district", "Riverside", "--create-district",
                "--skip-bad-rows", bad.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("added 1, updated 0, unchanged 0, rejected 1");
        assertThat(r.err()).contains("bad.csv, row 3, column name: The school name is empty.");
    }

    @Test
    void anExistingFileThatIsNotAWorkspaceIsRefusedAndLeftByteForByte() throws IOException {
        Path notes = dir.resolve("notes.mv.db");
        byte[] content = "these are my notes, not a database\n".getBytes(StandardCharsets.UTF_8);
        Files.write(notes, content);
        Path good = csv("good.csv", "id,name,level,enrollment\n1,One,high,100\n");

        Run r = run("import", "--workspace", notes.toString(), "--district", "Riverside", "--create-district", good.toString());

        assertThat(r.exitCode()).isNotZero();
        assertThat(r.err()).contains("not a Rollout Planner workspace");
        assertThat(Files.readAllBytes(notes)).isEqualTo(content);
        assertThat(dir.resolve("notes.mv.db.mv.db")).doesNotExist();
    }

    @Test
    void ccdFilesFilteredToOneDistrictByLeaid() throws IOException {
        Path ws = dir.resolve("ccd.mv.db");
        Path d = CcdFixtures.write(dir.resolve("ccd_sch_029.csv"), CcdFixtures.DIRECTORY_HEADER, List.of(
                directory("0100005", "Albertville City", "010000500870", "Albertville Middle School", "Open", "Middle", "07", "08"),
                directory("0100006", "Marshall County", "010000600193", "Asbury School", "Open", "Other", "PK", "12")));
        List<String> m = new ArrayList<>(CcdFixtures.membershipOf("0100005", "010000500870", 920));
        m.addAll(CcdFixtures.membershipOf("0100006", "010000600193", 555));
        Path mem = CcdFixtures.write(dir.resolve("ccd_sch_052.csv"), CcdFixtures.MEMBERSHIP_HEADER, m);

        Run r = run("import", "--workspace", ws.toString(), "--district", "Albertville", "--create-district", "--ccd",
                "--leaid", "0100005", d.toString(), mem.toString());
        Run s = run("schools", "--workspace", ws.toString(), "--district", "Albertville");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("added 1,");
        List<String> lines = s.out().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.getFirst()).as("the roster columns first, then the CCD columns kept")
                .startsWith("id,name,level,enrollment,frl_percent,region,readiness,feeder,grade_low,grade_high,teachers,")
                .contains(",LEAID,");
        assertThat(lines.get(1)).startsWith("010000500870,Albertville Middle School,middle,920,,,,,07,08,,")
                .contains(",0100005,");
    }

    @Test
    void aMissingDistrictWithoutCreateDistrictIsRefused() throws IOException {
        Path ws = dir.resolve("none.mv.db");
        Path good = csv("good.csv", "id,name,level,enrollment\n1,One,high,100\n");

        Run r = run("import", "--workspace", ws.toString(), "--district", "Riverside", good.toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--create-district");
        assertThat(ws).doesNotExist();
    }

    @Test
    void schoolsAddsTheColumnsKeptByAnImportAfterTheRosterColumns() throws IOException {
        Path ws = dir.resolve("kept-columns.mv.db");
        Path f = csv("schools.csv", """
                id,name,level,enrollment,Principal,Bus route
                00101,Adams Elementary,elementary,400,"Reyes, Ana",A
                00102,Baker Middle,middle,600,Mr. Cole,
                """);

        Run imported = run("import", "--workspace", ws.toString(), "--district", "Riverside", "--create-district",
                f.toString());
        Run schools = run("schools", "--workspace", ws.toString(), "--district", "Riverside", "--format", "csv");

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(schools.exitCode()).as(schools.err()).isZero();
        assertThat(schools.out().lines().toList()).containsExactly(
                "id,name,level,enrollment,frl_percent,region,readiness,feeder,grade_low,grade_high,teachers,Bus route,Principal",
                "00101,Adams Elementary,elementary,400,,,,,,,,A,\"Reyes, Ana\"",
                "00102,Baker Middle,middle,600,,,,,,,,,Mr. Cole");
    }
}
