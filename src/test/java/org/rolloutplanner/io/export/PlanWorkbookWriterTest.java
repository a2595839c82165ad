package org.rolloutplanner.io.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rolloutplanner.domain.rollout.Plan;

/** The exported workbook read back with POI: what a board member or the finance office would check. */
class PlanWorkbookWriterTest {

    @TempDir
    Path dir;

    XSSFWorkbook export(PlanExport export) throws IOException {
        Path file = dir.resolve("plan.xlsx");
        AtomicFiles.write(file, out -> PlanWorkbookWriter.write(export, out, ExportProgress.NONE));
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    static List<String> sheetNames(XSSFWorkbook wb) {
        List<String> names = new ArrayList<>();
        wb.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    /** The row whose first cell holds {@code label}, or null. */
    static Row rowLabelled(Sheet sheet, String label) {
        for (Row r : sheet) {
            Cell c = r.getCell(0);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(label)) {
                return r;
            }
        }
        return null;
    }

    @Test
    void oneScenarioHasTheSixSheetsInOrderAndNoCompare() throws IOException {
        try (var wb = export(ExportFixtures.one())) {
            assertThat(sheetNames(wb)).containsExactly("Summary", "Timeline", "Cohorts", "Schools", "Coverage", "Budget");
        }
    }

    @Test
    void twoScenariosAddCompareListingTheSchoolsThatChangeCohort() throws IOException {
        PlanExport two = ExportFixtures.two();
        try (var wb = export(two)) {
            assertThat(sheetNames(wb)).containsExactly("Summary", "Timeline", "Cohorts", "Schools", "Coverage", "Budget",
                    "Compare");
            Sheet compare = wb.getSheet("Compare");
            Row cohorts = rowLabelled(compare, "Number of cohorts");
            assertThat(cohorts.getCell(1).getNumericCellValue()).isEqualTo(two.plans().get(0).plan().cohorts().size());
            assertThat(cohorts.getCell(2).getNumericCellValue()).isEqualTo(two.plans().get(1).plan().cohorts().size());
            // school 000000000007 is in cohort 2 with six pilots, in the first cohort with ten
            boolean found = false;
            for (Row r : compare) {
                Cell id = r.getCell(1);
                if (id != null && id.getCellType() == CellType.STRING && id.getStringCellValue().equals("000000000007")
                        && r.getCell(0).getStringCellValue().equals("Eight a year")) {
                    assertThat(r.getCell(3).getNumericCellValue()).isEqualTo(2);
                    assertThat(r.getCell(5).getNumericCellValue()).isEqualTo(1);
                    assertThat(r.getCell(7).getNumericCellValue()).isEqualTo(-1);
                    found = true;
                }
            }
            assertThat(found).as("school 000000000007 listed as moving from cohort 2 to 1").isTrue();
        }
    }

    @Test
    void chosenSheetsOnlyAndCompareOnlyWithSeveralScenarios() throws IOException {
        var one = ExportFixtures.one();
        var some = new PlanExport(one.district(), one.plans(), EnumSet.of(ExportSheet.BUDGET, ExportSheet.SCHOOLS,
                ExportSheet.COMPARE), one.exportedOn());
        try (var wb = export(some)) {
            assertThat(sheetNames(wb)).containsExactly("Schools", "Budget");
        }
    }

    @Test
    void summaryNamesDistrictScenarioRulesAndKeyFigures() throws IOException {
        PlanExport one = ExportFixtures.one();
        Plan plan = one.main().plan();
        try (var wb = export(one)) {
            Sheet s = wb.getSheet("Summary");
            assertThat(rowLabelled(s, "District").getCell(1).getStringCellValue()).isEqualTo("Lakeside Unified");
            assertThat(rowLabelled(s, "Scenario").getCell(1).getStringCellValue()).isEqualTo("Ten percent");
            Cell exported = rowLabelled(s, "Exported on").getCell(1);
            assertThat(DateUtil.isCellDateFormatted(exported)).isTrue();
            assertThat(exported.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(one.exportedOn());
            assertThat(rowLabelled(s, "Rules, in order").getCell(1).getStringCellValue()).containsIgnoringCase("6");
            assertThat(rowLabelled(s, "Number of cohorts").getCell(1).getNumericCellValue()).isEqualTo(plan.cohorts().size());
            assertThat(rowLabelled(s, "Completion school year").getCell(1).getStringCellValue())
                    .isEqualTo(plan.completionSchoolYear().label());
            assertThat(rowLabelled(s, "Total cost").getCell(1).getNumericCellValue())
                    .isEqualTo(plan.years().stream().mapToLong(Plan.YearSummary::cost).sum());
            assertThat(rowLabelled(s, "Peak schools in Design at once").getCell(1).getNumericCellValue()).isEqualTo(6);
        }
    }

    @Test
    void schoolsIsAFilterableTableWithTextIdsRealDatesAndNamesKeptAsText() throws IOException {
        PlanExport one = ExportFixtures.one();
        try (var wb = export(one)) {
            XSSFSheet s = wb.getSheet("Schools");
            List<XSSFTable> tables = s.getTables();
            assertThat(tables).hasSize(1);
            XSSFTable t = tables.getFirst();
            assertThat(t.getName()).isEqualTo("SchoolsTable");
            assertThat(t.getCTTable().getAutoFilter()).isNotNull();
            assertThat(t.getEndCellReference().getRow()).isEqualTo(50);
            assertThat(t.getColumns().get(0).getName()).isEqualTo("School id");

            Row first = s.getRow(1);
            Cell id = first.getCell(0);
            assertThat(id.getCellType()).isEqualTo(CellType.STRING);
            assertThat(id.getStringCellValue()).isEqualTo("000000000001");
            assertThat(id.getCellStyle().getDataFormatString()).isEqualTo("@");
            Cell start = first.getCell(10);
            assertThat(start.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(start)).isTrue();
            assertThat(start.getLocalDateTimeCellValue().toLocalDate()).hasToString("2015-08-01");
            Cell designEnd = first.getCell(12);
            assertThat(designEnd.getLocalDateTimeCellValue().toLocalDate()).hasToString("2016-07-31");

            Row third = s.getRow(3);
            assertThat(third.getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(third.getCell(1).getStringCellValue()).isEqualTo(ExportFixtures.FORMULA_NAME);
            assertThat(s.getRow(5).getCell(1).getStringCellValue()).isEqualTo("-5 Street Academy");
            assertThat(first.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(s.getColumnWidth(1)).as("name column fits the longest name").isGreaterThanOrEqualTo(
                    ExportFixtures.FORMULA_NAME.length() * 256);
        }
    }

    @Test
    void timelineIsAMonthGridWithSchoolYearHeadersPhaseColoursFrozenPanesAndPrintSetUp() throws IOException {
        PlanExport one = ExportFixtures.one();
        Plan plan = one.main().plan();
        try (var wb = export(one)) {
            XSSFSheet t = wb.getSheet("Timeline");
            int firstMonthCol = TimelineSheet.FIRST_MONTH_COLUMN;
            assertThat(t.getRow(2).getCell(firstMonthCol).getStringCellValue()).isEqualTo("2015-16");
            assertThat(t.getRow(2).getCell(firstMonthCol + 12).getStringCellValue()).isEqualTo("2016-17");
            assertThat(t.getRow(3).getCell(firstMonthCol).getStringCellValue()).isEqualTo("Aug");
            assertThat(t.getMergedRegions()).contains(new CellRangeAddress(2, 2, firstMonthCol, firstMonthCol + 11));
            // legend: the phases with their colours
            XSSFCellStyle designLegend = (XSSFCellStyle) t.getRow(1).getCell(firstMonthCol).getCellStyle();
            assertThat(t.getRow(1).getCell(firstMonthCol).getStringCellValue()).startsWith("Design");
            assertThat(designLegend.getFillForegroundColorColor().getARGBHex()).endsWith("4C78A8");

            // row 5: cohort 1's heading; row 6: its first school, in Design Aug 2015 - Jul 2016, then Implementation
            assertThat(t.getRow(4).getCell(0).getStringCellValue()).startsWith("Cohort 1");
            Row school = t.getRow(5);
            assertThat(school.getCell(1).getStringCellValue()).isEqualTo("000000000001");
            assertThat(fill(school.getCell(firstMonthCol))).endsWith("4C78A8");
            assertThat(fill(school.getCell(firstMonthCol + 11))).endsWith("4C78A8");
            assertThat(fill(school.getCell(firstMonthCol + 12))).endsWith("F58518");
            assertThat(fill(school.getCell(firstMonthCol + 35))).endsWith("F58518");
            assertThat(school.getCell(firstMonthCol + 36)).as("after the last phase: no fill").isNull();

            int rows = plan.placements().size() + plan.cohorts().size();
            assertThat(t.getLastRowNum()).isEqualTo(TimelineSheet.HEADER_ROWS + rows - 1);
            assertThat(t.getPaneInformation().isFreezePane()).isTrue();
            assertThat(t.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 4);
            assertThat(t.getPaneInformation().getVerticalSplitPosition()).isEqualTo((short) 3);
            assertThat(t.getPrintSetup().getLandscape()).isTrue();
            assertThat(t.getFitToPage()).isTrue();
            assertThat(t.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(t.getRepeatingRows()).isEqualTo(new CellRangeAddress(2, 3, -1, -1));
        }
    }

    private static String fill(Cell c) {
        assertThat(c).isNotNull();
        var colour = ((XSSFCellStyle) c.getCellStyle()).getFillForegroundColorColor();
        return colour == null ? "" : colour.getARGBHex();
    }

    @Test
    void coverageSharesAreFormulasOverTheCountsWithTheRightValuesAndALineChart() throws IOException {
        PlanExport one = ExportFixtures.one();
        Plan plan = one.main().plan();
        try (var wb = export(one)) {
            XSSFSheet c = wb.getSheet("Coverage");
            assertThat(c.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(50);
            var evaluator = wb.getCreationHelper().createFormulaEvaluator();
            for (int y = 0; y < plan.years().size(); y++) {
                Plan.YearSummary ys = plan.years().get(y);
                Row row = c.getRow(CoverageSheet.HEADER_ROW + 1 + y);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(ys.schoolYear().label());
                assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(ys.schoolsStarted());
                Cell share = row.getCell(5);
                assertThat(share.getCellType()).isEqualTo(CellType.FORMULA);
                assertThat(share.getCellFormula()).contains("SUM(B$6:B" + (6 + y) + ")");
                assertThat(share.getNumericCellValue()).as("cached value").isCloseTo(ys.started().schoolsPercent() / 100, within(1e-9));
                assertThat(evaluator.evaluate(share).getNumberValue()).isCloseTo(ys.started().schoolsPercent() / 100, within(1e-9));
                assertThat(row.getCell(8).getNumericCellValue()).isCloseTo(ys.launched().studentsPercent() / 100, within(1e-9));
            }
            var charts = c.getDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(1);
            var lineCharts = charts.getFirst().getCTChart().getPlotArea().getLineChartList();
            assertThat(lineCharts).hasSize(1);
            assertThat(lineCharts.getFirst().getSerList()).hasSize(4);
        }
    }

    @Test
    void budgetListsTheNamedCostItemsPerSchoolYearWithSumTotalsEqualToThePlansYearlyCosts() throws IOException {
        PlanExport one = ExportFixtures.one();
        Plan plan = one.main().plan();
        try (var wb = export(one)) {
            Sheet b = wb.getSheet("Budget");
            Row head = b.getRow(BudgetSheet.HEADER_ROW);
            assertThat(head.getCell(1).getStringCellValue()).isEqualTo("Planning grant");
            assertThat(head.getCell(2).getStringCellValue()).isEqualTo("Launch grant");
            assertThat(head.getCell(3).getStringCellValue()).isEqualTo("Coaching");
            assertThat(head.getCell(4).getStringCellValue()).isEqualTo("Total");
            for (int y = 0; y < plan.years().size(); y++) {
                var year = plan.years().get(y).schoolYear();
                Row row = b.getRow(BudgetSheet.HEADER_ROW + 1 + y);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(year.label());
                for (int i = 0; i < 3; i++) {
                    String item = head.getCell(1 + i).getStringCellValue();
                    assertThat(row.getCell(1 + i).getNumericCellValue()).as(item + " in " + year.label())
                            .isEqualTo(plan.cost(year, item));
                }
                Cell yearTotal = row.getCell(4);
                assertThat(yearTotal.getCellFormula()).isEqualTo("SUM(B" + (4 + y) + ":D" + (4 + y) + ")");
                assertThat(yearTotal.getNumericCellValue()).as(year.label()).isEqualTo(plan.years().get(y).cost());
            }
            // the first school year pays six planning grants and nothing else
            assertThat(b.getRow(BudgetSheet.HEADER_ROW + 1).getCell(1).getNumericCellValue()).isEqualTo(600_000);
            Row total = rowLabelled(b, "Total");
            for (int i = 0; i < 3; i++) {
                Cell itemTotal = total.getCell(1 + i);
                assertThat(itemTotal.getCellFormula()).startsWith("SUM(");
                assertThat(itemTotal.getNumericCellValue()).isEqualTo(plan.costItems().get(i).total());
            }
            Cell grand = total.getCell(4);
            assertThat(grand.getCellFormula()).startsWith("SUM(");
            assertThat(grand.getNumericCellValue()).isEqualTo(plan.years().stream().mapToLong(Plan.YearSummary::cost).sum());
            Row phases = rowLabelled(b, "Tied to phase");
            assertThat(phases.getCell(1).getStringCellValue()).isEqualTo("Design");
            assertThat(phases.getCell(3).getStringCellValue()).isEqualTo("Implementation");
        }
    }

    /** The row under the applicants' header whose School id cell holds {@code id}. */
    static Row applicant(Sheet sheet, String id) {
        boolean inTable = false;
        for (Row r : sheet) {
            Cell first = r.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(SelectionSheet.RANK)) {
                inTable = true;
            } else if (inTable && r.getCell(1) != null && r.getCell(1).getStringCellValue().equals(id)) {
                return r;
            }
        }
        return null;
    }

    @Test
    void selectionSheetComesBetweenBudgetAndCompareWithCriteriaRanksScoresTieBreaksRulesAndReasons() throws IOException {
        var outcome = ExportFixtures.selection();
        PlanExport two = ExportFixtures.two().withSelection(outcome);
        Plan plan = two.main().plan();
        try (var wb = export(two)) {
            assertThat(sheetNames(wb)).containsExactly("Summary", "Timeline", "Cohorts", "Schools", "Coverage", "Budget",
                    "Selection", "Compare");
            assertThat(rowLabelled(wb.getSheet("Summary"), "Selection round").getCell(1).getStringCellValue())
                    .isEqualTo("Pilot cohort 2015 (see the Selection sheet)");
            Sheet s = wb.getSheet("Selection");
            assertThat(rowLabelled(s, SelectionSheet.ROUND).getCell(1).getStringCellValue()).isEqualTo("Pilot cohort 2015");
            assertThat(rowLabelled(s, "Seats in the cohort").getCell(1).getNumericCellValue()).isEqualTo(4);
            assertThat(rowLabelled(s, "Lottery seed").getCell(1).getNumericCellValue()).isEqualTo(42);
            assertThat(rowLabelled(s, "Tie-breaks, in order").getCell(1).getStringCellValue())
                    .startsWith("higher low-income share, then larger enrollment, then lottery");
            // criteria with weights and shares
            Row readiness = rowLabelled(s, "Readiness");
            assertThat(readiness.getCell(3).getNumericCellValue()).isEqualTo(2);
            assertThat(readiness.getCell(4).getNumericCellValue()).isCloseTo(2.0 / 3, within(1e-9));
            assertThat(readiness.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(rowLabelled(s, "Named project manager").getCell(2).getStringCellValue()).startsWith("essential");
            assertThat(rowLabelled(s, "at least 1 with level = high")).as("the composition rule").isNotNull();

            // ranks and scores as numbers, best first
            Row best = applicant(s, "000000000005");
            assertThat(best.getCell(0).getNumericCellValue()).isEqualTo(1);
            assertThat(best.getCell(2).getStringCellValue()).isEqualTo("-5 Street Academy");
            assertThat(best.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(best.getCell(3).getNumericCellValue()).isEqualTo(4.0);
            assertThat(best.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0.00");
            assertThat(best.getCell(4).getNumericCellValue()).as("Readiness").isEqualTo(4.0);
            for (var ranked : outcome.analysis().ranking()) {
                Row r = applicant(s, ranked.applicant().id());
                assertThat(r).as(ranked.applicant().id()).isNotNull();
                if (ranked.rank() != null) {
                    assertThat(r.getCell(0).getNumericCellValue()).isEqualTo(ranked.rank().doubleValue());
                    assertThat(r.getCell(3).getNumericCellValue()).isCloseTo(ranked.score(), within(1e-9));
                }
            }
            assertThat(applicant(s, "000000000009").getCell(3).getNumericCellValue()).isCloseTo(8.0 / 3, within(1e-9));
            // 6 and 7 have the same score: the tie-break that ordered them is named
            Row six = applicant(s, "000000000006");
            Row seven = applicant(s, "000000000007");
            assertThat(six.getCell(3).getNumericCellValue()).isEqualTo(seven.getCell(3).getNumericCellValue());
            assertThat(six.getCell(7).getStringCellValue()).containsIgnoringCase("lottery");
            assertThat(List.of(six.getCell(0).getNumericCellValue(), seven.getCell(0).getNumericCellValue()))
                    .containsExactlyInAnyOrder(2.0, 3.0);

            // in or out, and why
            Row formulaNamed = applicant(s, "000000000003");
            assertThat(formulaNamed.getCell(2).getCellType()).isEqualTo(CellType.STRING);
            assertThat(formulaNamed.getCell(2).getStringCellValue()).isEqualTo(ExportFixtures.FORMULA_NAME);
            assertThat(formulaNamed.getCell(10).getStringCellValue()).isEqualTo("In");
            Row nine = applicant(s, "000000000009");
            assertThat(nine.getCell(10).getStringCellValue()).isEqualTo("Out");
            assertThat(nine.getCell(11).getStringCellValue()).isEqualTo(outcome.cohort().reasons().get("000000000009"))
                    .startsWith("Out");
            Row eight = applicant(s, "000000000008");
            assertThat(eight.getCell(0).getStringCellValue()).isEqualTo("not ranked");
            assertThat(eight.getCell(6).getStringCellValue()).startsWith("no:").contains("Named project manager");
            assertThat(eight.getCell(10).getStringCellValue()).isEqualTo("Out");
            for (String id : List.of("000000000005", "000000000006", "000000000007", "000000000003")) {
                assertThat(applicant(s, id).getCell(10).getStringCellValue()).as(id).isEqualTo("In");
                assertThat(applicant(s, id).getCell(12).getNumericCellValue()).as("cohort in this scenario")
                        .isEqualTo(plan.cohortBySchool().get(id).doubleValue());
            }
        }
    }

    @Test
    void noFormulaAnywhereHoldsTextAPersonTyped() throws IOException {
        try (var wb = export(ExportFixtures.two().withSelection(ExportFixtures.selection()))) {
            int formulas = 0;
            for (Sheet s : wb) {
                for (Row r : s) {
                    for (Cell c : r) {
                        if (c.getCellType() == CellType.FORMULA) {
                            formulas++;
                            assertThat(c.getCellFormula()).as(s.getSheetName() + "!" + c.getAddress())
                                    .matches("(IF|SUM)\\([A-Z0-9$:,=/()]*\\)?").doesNotContain("HYPERLINK");
                        } else if (c.getCellType() == CellType.STRING && c.getStringCellValue().startsWith("=")) {
                            assertThat(c.getStringCellValue()).isEqualTo(ExportFixtures.FORMULA_NAME);
                        }
                    }
                }
            }
            assertThat(formulas).isGreaterThan(10);
        }
    }

    @Test
    void stylesAreSharedNotOnePerCell() throws IOException {
        try (var wb = export(ExportFixtures.two())) {
            assertThat(wb.getNumCellStyles()).isLessThan(40);
        }
    }
}
