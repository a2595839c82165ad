package org.rolloutplanner.io.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rolloutplanner.domain.rollout.Plan;

/**
 * The exported workbook read by a reader outside the JVM: Python's openpyxl (Debian python3-openpyxl, which .ci/run
 * installs). The script src/test/resources/.../describe_workbook.py prints what it sees as JSON; this test checks it.
 * When python3 or openpyxl is missing the test fails and says how to install it.
 */
class OpenpyxlReadBackTest {

    static final String PYTHON = Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";

    @TempDir
    static Path dir;

    static JsonNode workbook;
    static PlanExport export;

    @BeforeAll
    static void exportAndDescribe() throws Exception {
        export = ExportFixtures.two().withSelection(ExportFixtures.selection());
        Path file = dir.resolve("two scenarios.xlsx");
        AtomicFiles.write(file, out -> PlanWorkbookWriter.write(export, out, ExportProgress.NONE));
        Path script = dir.resolve("describe_workbook.py");
        try (InputStream in = OpenpyxlReadBackTest.class.getResourceAsStream("describe_workbook.py")) {
            Files.copy(in, script);
        }
        workbook = new ObjectMapper().readTree(describe(script, file));
    }

    static String describe(Path script, Path file) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder(PYTHON, script.toString(), file.toString()).redirectErrorStream(false).start();
        } catch (IOException e) {
            return fail("python3 is needed to read the workbook with openpyxl, and it could not be started (" + e.getMessage()
                    + "). Install it: apt-get install python3-openpyxl (.ci/run does this).");
        }
        byte[] out = p.getInputStream().readAllBytes();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("openpyxl did not finish reading the workbook within 60 s");
        }
        if (p.exitValue() == 3) {
            fail("openpyxl is not installed for " + PYTHON + ": apt-get install python3-openpyxl (.ci/run does this). " + err);
        }
        assertThat(p.exitValue()).as("openpyxl read the workbook: " + err).isZero();
        return new String(out, StandardCharsets.UTF_8);
    }

    JsonNode sheet(String name) {
        return workbook.get("detail").get(name);
    }

    static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void sheetNamesAndOrder() {
        assertThat(texts(workbook.get("sheets"))).containsExactly("Summary", "Timeline", "Cohorts", "Schools", "Coverage",
                "Budget", "Selection", "Compare");
    }

    @Test
    void idsKeepTheirLeadingZerosAsTextAndTheFormulaLookingNameStaysText() {
        JsonNode cells = sheet("Schools").get("cells");
        assertThat(cells.get("A2").get("v").asText()).isEqualTo("000000000001");
        assertThat(cells.get("A2").get("t").asText()).isEqualTo("s");
        assertThat(cells.get("A2").get("f").asText()).isEqualTo("@");
        assertThat(cells.get("B4").get("v").asText()).isEqualTo(ExportFixtures.FORMULA_NAME);
        assertThat(cells.get("B4").get("t").asText()).isEqualTo("s");
        assertThat(cells.get("K2").get("v").asText()).as("a real date").startsWith("2015-08-01");
        assertThat(cells.get("K2").get("t").asText()).as("openpyxl sees a date").isEqualTo("d");
        assertThat(cells.get("D2").get("v").asInt()).isEqualTo(1800);
    }

    @Test
    void schoolsIsATableWithFilters() {
        JsonNode tables = sheet("Schools").get("tables");
        assertThat(tables).hasSize(1);
        assertThat(tables.get(0).get("name").asText()).isEqualTo("SchoolsTable");
        assertThat(tables.get(0).get("filter").asBoolean()).isTrue();
        assertThat(tables.get(0).get("ref").asText()).startsWith("A1:").endsWith("51");
        assertThat(texts(tables.get(0).get("columns"))).startsWith("School id", "School name");
    }

    @Test
    void coverageHasFormulasWithComputedValuesAndALineChart() {
        JsonNode coverage = sheet("Coverage");
        Plan plan = export.main().plan();
        List<JsonNode> shares = new ArrayList<>();
        coverage.get("formulas").forEach(f -> {
            if (f.get("cell").asText().startsWith("F")) {
                shares.add(f);
            }
        });
        assertThat(shares).hasSize(plan.years().size());
        for (int y = 0; y < plan.years().size(); y++) {
            assertThat(shares.get(y).get("formula").asText()).startsWith("=IF(");
            assertThat(shares.get(y).get("value").asDouble())
                    .isCloseTo(plan.years().get(y).started().schoolsPercent() / 100, org.assertj.core.data.Offset.offset(1e-9));
        }
        assertThat(coverage.get("charts")).hasSize(1);
        assertThat(coverage.get("charts").get(0).get("type").asText()).isEqualTo("LineChart");
        assertThat(coverage.get("charts").get(0).get("series").asInt()).isEqualTo(4);
    }

    @Test
    void budgetHasTheNamedCostItemsAndSumTotalsEqualToThePlansYearlyCosts() {
        JsonNode budget = sheet("Budget");
        Plan plan = export.main().plan();
        JsonNode cells = budget.get("cells");
        assertThat(cells.get("B3").get("v").asText()).isEqualTo("Planning grant");
        assertThat(cells.get("C3").get("v").asText()).isEqualTo("Launch grant");
        assertThat(cells.get("D3").get("v").asText()).isEqualTo("Coaching");
        var first = plan.years().getFirst().schoolYear();
        assertThat(cells.get("B4").get("v").asLong()).isEqualTo(plan.cost(first, "Planning grant"));
        JsonNode formulas = budget.get("formulas");
        for (int y = 0; y < plan.years().size(); y++) {
            String cell = "E" + (4 + y);
            JsonNode f = null;
            for (JsonNode x : formulas) {
                if (x.get("cell").asText().equals(cell)) {
                    f = x;
                }
            }
            assertThat(f).as(cell).isNotNull();
            assertThat(f.get("formula").asText()).isEqualTo("=SUM(B" + (4 + y) + ":D" + (4 + y) + ")");
            assertThat(f.get("value").asLong()).isEqualTo(plan.years().get(y).cost());
        }
        long total = plan.years().stream().mapToLong(Plan.YearSummary::cost).sum();
        JsonNode last = formulas.get(formulas.size() - 1);
        assertThat(last.get("formula").asText()).startsWith("=SUM(");
        assertThat(last.get("value").asLong()).isEqualTo(total);
    }

    /** Cells of the Selection sheet's row whose column B holds {@code schoolId}, by column letter. */
    Map<String, JsonNode> selectionRow(String schoolId) {
        JsonNode cells = sheet("Selection").get("cells");
        Map<String, JsonNode> row = new HashMap<>();
        cells.properties().forEach(e -> {
            if (e.getKey().startsWith("B") && e.getValue().get("v").asText().equals(schoolId)) {
                String number = e.getKey().substring(1);
                cells.properties().forEach(c -> {
                    if (c.getKey().replaceAll("[A-Z]", "").equals(number)) {
                        row.put(c.getKey().replaceAll("[0-9]", ""), c.getValue());
                    }
                });
            }
        });
        return row;
    }

    @Test
    void selectionSheetHasRanksAndScoresAsNumbersAndTheReasonsAsText() {
        JsonNode selection = sheet("Selection");
        assertThat(selection.get("formulas")).as("no formulas on Selection").isEmpty();
        var outcome = export.selection();
        Map<String, JsonNode> best = selectionRow("000000000005");
        assertThat(best.get("A").get("v").asInt()).isEqualTo(1);
        assertThat(best.get("A").get("t").asText()).isEqualTo("n");
        assertThat(best.get("D").get("v").asDouble()).isEqualTo(4.0);
        assertThat(best.get("D").get("f").asText()).isEqualTo("0.00");
        assertThat(best.get("K").get("v").asText()).isEqualTo("In");
        for (var ranked : outcome.analysis().ranking()) {
            Map<String, JsonNode> row = selectionRow(ranked.applicant().id());
            assertThat(row).as(ranked.applicant().id()).isNotEmpty();
            if (ranked.rank() != null) {
                assertThat(row.get("A").get("v").asInt()).isEqualTo(ranked.rank());
                assertThat(row.get("D").get("v").asDouble()).isCloseTo(ranked.score(), org.assertj.core.data.Offset.offset(1e-9));
            }
            assertThat(row.get("K").get("v").asText()).isEqualTo(outcome.cohort().selected().contains(ranked.applicant().id())
                    ? "In" : "Out");
            assertThat(row.get("L").get("v").asText()).isEqualTo(outcome.cohort().reasons().get(ranked.applicant().id()));
        }
        Map<String, JsonNode> formulaNamed = selectionRow("000000000003");
        assertThat(formulaNamed.get("C").get("v").asText()).isEqualTo(ExportFixtures.FORMULA_NAME);
        assertThat(formulaNamed.get("C").get("t").asText()).isEqualTo("s");
        assertThat(selectionRow("000000000008").get("G").get("v").asText()).startsWith("no:");
        assertThat(selectionRow("000000000006").get("H").get("v").asText()).containsIgnoringCase("lottery");
    }

    @Test
    void noFormulaCellHoldsUserTextAndTextStartingWithEqualsIsAString() {
        workbook.get("detail").forEach(s -> {
            s.get("formulas").forEach(f -> assertThat(f.get("formula").asText()).doesNotContain("HYPERLINK", "School ",
                    ExportFixtures.DISTRICT, "Ten percent"));
            s.get("text_starting_with_equals").forEach(t -> {
                assertThat(t.get("t").asText()).isEqualTo("s");
                assertThat(t.get("text").asText()).isEqualTo(ExportFixtures.FORMULA_NAME);
            });
        });
        assertThat(sheet("Timeline").get("text_starting_with_equals")).isNotEmpty();
    }

    @Test
    void timelineHasFrozenHeadersPrintSetUpAndPhaseFills() {
        JsonNode t = sheet("Timeline");
        assertThat(t.get("freeze").asText()).isEqualTo("D5");
        assertThat(t.get("landscape").asBoolean()).isTrue();
        assertThat(t.get("fit_to_page").asBoolean()).isTrue();
        assertThat(t.get("fit_width").asInt()).isEqualTo(1);
        assertThat(t.get("print_title_rows").asText()).isEqualTo("$3:$4");
        assertThat(t.get("cells").get("D3").get("v").asText()).isEqualTo("2015-16");
        assertThat(t.get("cells").get("D6").get("fill").asText()).endsWith("4C78A8");
        assertThat(t.get("cells").get("P6").get("fill").asText()).endsWith("F58518");
    }
}
