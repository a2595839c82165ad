package org.rolloutplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code plan} command as scripts use it: options in, JSON or CSV out, exit code 2 for bad input. */
class PlanCommandTest {

    @TempDir
    Path dir;

    Path roster;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    /** 50 schools: 4 high, 6 middle, 40 elementary; ids keep their leading zeros; readiness falls with the row. */
    @BeforeEach
    void writeRoster() throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("id,name,level,enrollment,frl_percent,region,readiness");
        for (int i = 1; i <= 50; i++) {
            String level = i <= 4 ? "high" : i <= 10 ? "middle" : "elementary";
            int enrollment = i <= 4 ? 1800 : i <= 10 ? 900 : 700;
            lines.add(String.format("%012d,School %d,%s,%d,60,North,%d", i, i, level, enrollment, 100 - i));
        }
        roster = dir.resolve("roster.csv");
        Files.write(roster, lines, StandardCharsets.UTF_8);
    }

    int run(String... args) {
        var cl = Main.newCommandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    JsonNode json() throws IOException {
        return new ObjectMapper().readTree(out.toString());
    }

    @Test
    void sixFirstThenTenPercentPrintsCohortsYearsAndCompletionAsJson() throws IOException {
        int code = run("plan", "--schools", roster.toString(), "--start", "2015-16", "--rule", "first:6", "--rule",
                "percent-schools:10", "--phase", "Design:12", "--phase", "Implementation:12", "--format", "json");

        assertThat(code).as(err.toString()).isZero();
        JsonNode plan = json();
        JsonNode cohorts = plan.get("cohorts");
        assertThat(cohorts).hasSize(10);
        JsonNode first = cohorts.get(0);
        assertThat(first.get("number").asInt()).isEqualTo(1);
        assertThat(first.get("start").asText()).isEqualTo("2015-08");
        assertThat(first.get("schools")).extracting(JsonNode::asText)
                .containsExactly("000000000001", "000000000002", "000000000003", "000000000004", "000000000005", "000000000006");
        assertThat(first.get("phases").get(0).get("name").asText()).isEqualTo("Design");
        assertThat(first.get("phases").get(0).get("start").asText()).isEqualTo("2015-08");
        assertThat(first.get("phases").get(0).get("end").asText()).isEqualTo("2016-07");
        assertThat(first.get("phases").get(1).get("end").asText()).isEqualTo("2017-07");
        JsonNode y1 = plan.get("years").get(0);
        assertThat(y1.get("schoolYear").asText()).isEqualTo("2015-16");
        assertThat(y1.get("schoolsStarted").asInt()).isEqualTo(6);
        assertThat(y1.get("cumulativeSchools").asInt()).isEqualTo(6);
        assertThat(y1.get("cumulativeSchoolsPercent").asDouble()).isEqualTo(12.0);
        // 4 × 1,800 + 2 × 900 = 9,000 of 40,600 students = 22.17%
        assertThat(y1.get("cumulativeStudentsPercent").asDouble()).isEqualTo(22.17);
        assertThat(plan.get("completionSchoolYear").asText()).isEqualTo("2024-25");
        assertThat(plan.get("lastCohort").get("number").asInt()).isEqualTo(10);
        assertThat(plan.get("lastCohort").get("end").asText()).isEqualTo("2026-07");
        assertThat(plan.get("warnings")).isEmpty();
    }

    @Test
    void missedTargetIsAWarningWithAMessage() throws IOException {
        int code = run("plan", "--schools", roster.toString(), "--start", "2015-16", "--rule", "schools-per-year:5",
                "--target", "2020-21:100:schools", "--format", "json");

        assertThat(code).isZero();
        JsonNode warnings = json().get("warnings");
        assertThat(warnings).hasSize(1);
        // 6 cohorts of 5 by August 2020 = 30 of 50; the 10th cohort starts in August 2024
        assertThat(warnings.get(0).get("message").asText()).isEqualTo("Target missed: 100% of schools started by 2020-21. "
                + "By then 30 of 50 schools (60%) have started: 20 schools short. The target is reached in August 2024, 48 months late.");
    }

    @Test
    void openEndedPhaseHasANullEnd() throws IOException {
        run("plan", "--schools", roster.toString(), "--start", "2015-16", "--rule", "cohorts:2/4", "--phase", "Planning:12",
                "--phase", "Implementation:open", "--format", "json");

        JsonNode cohorts = json().get("cohorts");
        assertThat(cohorts).hasSize(2);
        assertThat(cohorts.get(1).get("start").asText()).isEqualTo("2017-08");
        assertThat(cohorts.get(1).get("phases").get(1).get("end").isNull()).isTrue();
    }

    @Test
    void levelOrderAndNotBeforeGatesAreApplied() throws IOException {
        int code = run("plan", "--schools", roster.toString(), "--start", "2015-16", "--rule", "schools-per-year:10",
                "--order", "level:high,middle,elementary", "--not-before", "elementary:2017-18", "--format", "json");

        assertThat(code).as(err.toString()).isZero();
        JsonNode cohorts = json().get("cohorts");
        // 2015-16: the 10 secondary schools; 2016-17: none may start; from 2017-18: 10 elementary a year
        assertThat(cohorts.get(0).get("schools")).hasSize(10);
        assertThat(cohorts.get(1).get("start").asText()).isEqualTo("2017-08");
        assertThat(json().get("completionSchoolYear").asText()).isEqualTo("2020-21");
    }

    @Test
    void csvHasOneRowPerSchoolWithPhaseColumns() throws IOException {
        Path file = dir.resolve("plan.csv");
        int code = run("plan", "--schools", roster.toString(), "--start", "2015-16", "--school-year-start-month", "9",
                "--rule", "first:6", "--rule", "remaining", "--phase", "Design:12", "--format", "csv", "--out", file.toString());

        assertThat(code).isZero();
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(51);
        assertThat(lines.getFirst()).isEqualTo("id,name,level,cohort,start,design_start,design_end,status,components_only_until");
        assertThat(lines.get(1)).isEqualTo("000000000001,School 1,high,1,2015-09,2015-09,2016-08,placed,");
        assertThat(lines.getLast()).startsWith("000000000050,School 50,elementary,2,2016-09,");
    }

    @Test
    void badRuleTextExitsWithTwoAndNamesTheOption() {
        int code = run("plan", "--schools", roster.toString(), "--start", "2015-16", "--rule", "percent-schools:lots",
                "--format", "json");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--rule").contains("percent-schools:lots").contains("cohorts:6/8");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void unknownOptionExitsWithTwo() {
        int code = run("plan", "--schools", roster.toString(), "--start", "2015-16", "--rule", "remaining", "--format", "json",
                "--colour", "blue");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--colour");
    }

    @Test
    void badFormatExitsWithTwoAndNamesTheOption() {
        int code = run("plan", "--schools", roster.toString(), "--start", "2015-16", "--rule", "remaining", "--format", "xml");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--format");
    }

    @Test
    void badStartMonthExitsWithTwoAndNamesTheOption() {
        int code = run("plan", "--schools", roster.toString(), "--start", "2015-16", "--school-year-start-month", "13",
                "--rule", "remaining", "--format", "json");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--school-year-start-month");
    }

    @Test
    void badSchoolYearExitsWithTwoAndNamesTheOption() {
        int code = run("plan", "--schools", roster.toString(), "--start", "2015-17", "--rule", "remaining", "--format", "json");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--start").contains("2015-17");
    }

    @Test
    void rosterWithABadEnrollmentExitsWithTwoAndNamesFileRowAndColumn() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(roster));
        lines.set(3, "000000000003,School 3,high,many,60,North,97"); // row 4 of the file, counting the header
        Files.write(roster, lines);

        int code = run("plan", "--schools", roster.toString(), "--start", "2015-16", "--rule", "remaining", "--format", "json");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("roster.csv, row 4, column enrollment");
    }

    @Test
    void missingRosterExitsWithTwoAndNamesTheOption() {
        int code = run("plan", "--schools", dir.resolve("nowhere.csv").toString(), "--start", "2015-16", "--rule", "remaining",
                "--format", "json");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--schools").contains("nowhere.csv");
    }

    @Test
    void aFolderOrAnEmptyNameGivenAsTheRosterExitsWithTwoAndSaysItIsNotAFile() {
        for (String schools : List.of(dir.toString(), "")) {
            err.getBuffer().setLength(0);
            int code = run("plan", "--schools", schools, "--start", "2015-16", "--rule", "remaining", "--format", "json");

            assertThat(code).as("--schools \"" + schools + "\"").isEqualTo(2);
            assertThat(err.toString()).contains("--schools").doesNotContain("Something went wrong");
            assertThat(err.toString()).contains(schools.isEmpty() ? "empty" : "is a folder, not a file");
        }
    }

    @Test
    void aFolderGivenAsTheOutFileExitsWithTwoAndSaysItIsAFolder() {
        int code = run("plan", "--schools", roster.toString(), "--start", "2015-16", "--rule", "remaining", "--format", "csv",
                "--out", dir.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--out").contains("is a folder, not a file");
    }

    @Test
    void badPhaseTargetGateAndOrderValuesExitWithTwoAndNameTheirOption() {
        String[] base = {"plan", "--schools", roster.toString(), "--start", "2015-16", "--rule", "remaining", "--format", "json"};
        for (String[] extra : List.of(new String[] {"--phase", "Design:zero"}, new String[] {"--target", "2024-25:100:teachers"},
                new String[] {"--not-before", "nursery:2017-18"}, new String[] {"--order", "alphabetical"},
                new String[] {"--rounding", "sideways"})) {
            err.getBuffer().setLength(0);
            String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(base), java.util.Arrays.stream(extra))
                    .toArray(String[]::new);
            assertThat(run(args)).as(extra[0]).isEqualTo(2);
            assertThat(err.toString()).as(extra[0]).contains("Invalid value for option '" + extra[0] + "'");
        }
    }

    @Test
    void anOutFileInAMissingFolderExitsWithTwoAndNamesTheOption() {
        int code = run("plan", "--schools", roster.toString(), "--start", "2015-16", "--rule", "remaining", "--format", "csv",
                "--out", dir.resolve("no/such/folder/plan.csv").toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--out");
    }

    @Test
    void everyRuleFormOfTheContractIsAccepted() {
        for (String rule : List.of("first:6", "schools-per-year:5", "schools-per-year:6-8", "percent-schools:10",
                "percent-students:10", "cohorts:6/8", "remaining", "finish-by:2024-25")) {
            assertThat(PlanArguments.rule(rule)).as(rule).isNotNull();
        }
    }
}
