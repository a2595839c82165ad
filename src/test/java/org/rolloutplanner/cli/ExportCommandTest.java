package org.rolloutplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rolloutplanner.app.district.SampleDistrict;
import org.rolloutplanner.app.scenario.SelectionOrigin;
import org.rolloutplanner.app.workspace.OpenMode;
import org.rolloutplanner.domain.rollout.Phase;
import org.rolloutplanner.domain.rollout.RolloutCalendar;
import org.rolloutplanner.domain.rollout.RolloutRule;
import org.rolloutplanner.domain.rollout.Scenario;
import org.rolloutplanner.domain.rollout.SchoolYear;
import org.rolloutplanner.domain.selection.Criterion;
import org.rolloutplanner.domain.selection.Reviewer;
import org.rolloutplanner.domain.selection.RoundApplicant;
import org.rolloutplanner.persistence.WorkspaceOpener;
import org.rolloutplanner.persistence.WorkspaceServices;

/** {@code export} and {@code plan --format xlsx} as scripts use them. */
class ExportCommandTest {

    @TempDir
    static Path dir;
    static Path workspace;

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

    @BeforeAll
    static void workspaceWithTwoScenarios() {
        workspace = dir.resolve("export.mv.db");
        try (var ws = WorkspaceServices.of(new WorkspaceOpener().open(workspace, OpenMode.CREATE_IF_MISSING))) {
            var d = SampleDistrict.create(ws.districts());
            var base = Scenario.builder(RolloutCalendar.startingIn(SchoolYear.parse("2025-26")))
                    .phases(Phase.of("Design", 12), Phase.of("Implementation", 12));
            ws.scenarios().create(d.key(), "Ten percent", base.rule(RolloutRule.FirstCohort.of(6))
                    .rule(new RolloutRule.PercentOfSchools(10)).build());
            ws.scenarios().create(d.key(), "Eight a year", Scenario.builder(RolloutCalendar.startingIn(SchoolYear.parse("2025-26")))
                    .phases(Phase.of("Design", 12), Phase.of("Implementation", 12))
                    .rule(RolloutRule.SchoolsPerYear.exactly(8)).build());
            // a selection round: four applicants scored 4, 3, 2, 1 on readiness; its cohort of two became a scenario
            var round = ws.selection().create(d.key(), "Pilot cohort", 2, null);
            var schools = ws.schools().ofDistrict(d.key()).subList(0, 4);
            ws.selection().saveApplicants(round.key(), schools.stream()
                    .map(s -> RoundApplicant.applied(s.key(), s.id())).toList());
            ws.selection().saveCriteria(round.key(), List.of(Criterion.preferred("ready", "Readiness", 1, 1, 4)));
            ws.selection().saveReviewers(round.key(), List.of(new Reviewer("ana", "Ana Berg", "")));
            for (int i = 0; i < 4; i++) {
                ws.selection().setScore(round.key(), "ana", schools.get(i).id(), "ready", 4.0 - i, "");
            }
            committeeIds = List.of(schools.get(0).id(), schools.get(1).id());
            ws.scenarios().create(d.key(), "From the committee", Scenario.builder(RolloutCalendar.startingIn(
                    SchoolYear.parse("2025-26"))).phases(Phase.of("Design", 12)).rule(RolloutRule.FirstCohort.named(committeeIds))
                    .rule(new RolloutRule.PercentOfSchools(10)).build(), new SelectionOrigin(round.key(), 2, ""));
        }
    }

    static List<String> committeeIds;

    @Test
    void aScenarioFromASelectionRoundGetsItsSelectionSheetAndAnyScenarioCanAskForOne() throws Exception {
        Path out = dir.resolve("committee.xlsx");
        Run r = run("export", "--workspace", workspace.toString(), "--district", SampleDistrict.NAME, "--scenario",
                "From the committee", "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(sheets(out)).containsExactly("Summary", "Timeline", "Cohorts", "Schools", "Coverage", "Budget", "Selection");
        try (InputStream in = Files.newInputStream(out); var wb = new XSSFWorkbook(in)) {
            var sel = wb.getSheet("Selection");
            assertThat(sel.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Selection: Pilot cohort");
            List<String> in2 = new ArrayList<>();
            sel.forEach(row -> {
                var id = row.getCell(1);
                var inOut = row.getCell(9); // one criterion column (D is the score, E Readiness)
                if (id != null && inOut != null && "In".equals(inOut.getStringCellValue())) {
                    in2.add(id.getStringCellValue());
                }
            });
            assertThat(in2).as("the committee's cohort: the two best scores").containsExactlyElementsOf(committeeIds);
        }

        Path explicit = dir.resolve("explicit.xlsx");
        Run e = run("export", "--workspace", workspace.toString(), "--district", SampleDistrict.NAME, "--scenario",
                "Ten percent", "--scenario", "Eight a year", "--selection-round", "pilot COHORT", "--out", explicit.toString());
        assertThat(e.exitCode()).as(e.err()).isZero();
        assertThat(sheets(explicit)).containsExactly("Summary", "Timeline", "Cohorts", "Schools", "Coverage", "Budget",
                "Selection", "Compare");

        Run unknown = run("export", "--workspace", workspace.toString(), "--district", SampleDistrict.NAME, "--scenario",
                "Ten percent", "--selection-round", "Nope", "--out", dir.resolve("z.xlsx").toString());
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("--selection-round").contains("Pilot cohort").doesNotContain("Exception");
    }

    static List<String> sheets(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file); var wb = new XSSFWorkbook(in)) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            return names;
        }
    }

    @Test
    void aFullDiskDuringAnExportExitsTwoWithAPlainMessageAndKeepsThePreviousFileAsItWas() throws Exception {
        Path out = dir.resolve("disk.xlsx");
        Run first = run("export", "--workspace", workspace.toString(), "--district", SampleDistrict.NAME, "--scenario",
                "Ten percent", "--out", out.toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        byte[] before = Files.readAllBytes(out);

        Run r;
        try {
            org.rolloutplanner.io.export.AtomicFilesDiskFull.after(4096); // the disk fills up a few KB into the file
            r = run("export", "--workspace", workspace.toString(), "--district", SampleDistrict.NAME, "--scenario",
                    "Eight a year", "--out", out.toString());
        } finally {
            org.rolloutplanner.io.export.AtomicFilesDiskFull.reset();
        }

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("The disk is full, so " + out.toAbsolutePath() + " was not saved")
                .contains("The previous file is unchanged").contains("Free some space").doesNotContain("Exception");
        assertThat(Files.readAllBytes(out)).as("the previous export, byte for byte").isEqualTo(before);
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.startsWith(".disk.xlsx"));
        }
    }

    @Test
    void twoScenariosMakeAWorkbookWithCompare() throws Exception {
        Path out = dir.resolve("compare.xlsx");
        Run r = run("export", "--workspace", workspace.toString(), "--district", SampleDistrict.NAME, "--scenario",
                "Ten percent", "--scenario", "eight a year", "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Wrote").contains("Compare");
        assertThat(sheets(out)).containsExactly("Summary", "Timeline", "Cohorts", "Schools", "Coverage", "Budget", "Compare");
    }

    @Test
    void chosenSheetsOnly() throws Exception {
        Path out = dir.resolve("some.xlsx");
        Run r = run("export", "--workspace", workspace.toString(), "--district", SampleDistrict.NAME, "--scenario",
                "Ten percent", "--sheets", "schools,Summary", "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(sheets(out)).containsExactly("Summary", "Schools");
    }

    @Test
    void csvFromTheFileEnding() throws Exception {
        Path out = dir.resolve("schools.csv");
        Run r = run("export", "--workspace", workspace.toString(), "--district", SampleDistrict.NAME, "--scenario",
                "Ten percent", "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        String text = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFSchool id,School name");
        assertThat(text.lines()).hasSize(51);
    }

    @Test
    void anUnknownScenarioExitsTwoNamingTheScenariosThereAre() {
        Run r = run("export", "--workspace", workspace.toString(), "--district", SampleDistrict.NAME, "--scenario",
                "Nope", "--out", dir.resolve("x.xlsx").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("no scenario called \"Nope\"").contains("Ten percent").doesNotContain("Exception");
        assertThat(dir.resolve("x.xlsx")).doesNotExist();
    }

    @Test
    void csvOfTwoScenariosAndAnUnknownSheetExitTwo() {
        Run csv = run("export", "--workspace", workspace.toString(), "--district", SampleDistrict.NAME, "--scenario",
                "Ten percent", "--scenario", "Eight a year", "--format", "csv", "--out", dir.resolve("y.csv").toString());
        assertThat(csv.exitCode()).isEqualTo(2);
        assertThat(csv.err()).contains("one scenario");
        Run sheet = run("export", "--workspace", workspace.toString(), "--district", SampleDistrict.NAME, "--scenario",
                "Ten percent", "--sheets", "Pivot", "--out", dir.resolve("y.xlsx").toString());
        assertThat(sheet.exitCode()).isEqualTo(2);
        assertThat(sheet.err()).contains("\"Pivot\" is not a sheet");
    }

    @Test
    void aFolderInTheWayOfTheOutputExitsTwoWithAPlainMessage() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("taken.xlsx"));
        Run r = run("export", "--workspace", workspace.toString(), "--district", SampleDistrict.NAME, "--scenario",
                "Ten percent", "--out", folder.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--out").contains("is a folder, not a file").doesNotContain("Exception");
    }

    @Test
    void planFormatXlsxWritesTheSameWorkbookFromARoster() throws Exception {
        Path roster = dir.resolve("roster.csv");
        List<String> lines = new ArrayList<>(List.of("id,name,level,enrollment"));
        for (int i = 1; i <= 20; i++) {
            lines.add(String.format("%012d,School %d,elementary,500", i, i));
        }
        Files.write(roster, lines);
        Path out = dir.resolve("plan.xlsx");
        Run r = run("plan", "--schools", roster.toString(), "--start", "2015-16", "--rule", "schools-per-year:5",
                "--format", "xlsx", "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(sheets(out)).containsExactly("Summary", "Timeline", "Cohorts", "Schools", "Coverage", "Budget");
        try (InputStream in = Files.newInputStream(out); var wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheet("Schools").getRow(1).getCell(0).getStringCellValue()).isEqualTo("000000000001");
        }
    }

    @Test
    void planFormatXlsxWithoutOutExitsTwo() throws Exception {
        Path roster = dir.resolve("roster2.csv");
        Files.write(roster, List.of("id,name,level,enrollment", "1,A,elementary,100"));
        Run r = run("plan", "--schools", roster.toString(), "--start", "2015-16", "--rule", "remaining", "--format", "xlsx");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--out");
    }
}
