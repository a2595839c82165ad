package org.rolloutplanner.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.rolloutplanner.domain.common.FileProblemsException;
import org.rolloutplanner.domain.selection.Criterion;
import org.rolloutplanner.domain.selection.CriterionKind;
import org.rolloutplanner.domain.selection.Gate;
import org.rolloutplanner.domain.selection.Score;

/** Reviewer workbooks: written, filled as a reviewer would (with POI), read back. */
class ReviewerWorkbookTest {

    static final List<Criterion> CRITERIA = List.of(
            Criterion.computed("SIZE", "At least 500 students", Gate.parse("enrollment>=500").orElseThrow()),
            Criterion.essential("PM", "Named project manager"),
            new Criterion("LEAD", "Leadership", CriterionKind.PREFERRED, 3, 1, 4, List.of("Weak", "Emerging", "Strong", "Exemplary"), null));
    static final List<ReviewerWorkbook.Line> LINES = List.of(new ReviewerWorkbook.Line("S-01", "Hill High", false),
            new ReviewerWorkbook.Line("S-02", "Mill Middle", true), new ReviewerWorkbook.Line("S-03", "Elm Elementary", false));
    static final Map<String, Boolean> CONFLICTS = Map.of("S-02", true);

    static byte[] workbook(boolean blind, long round) throws IOException {
        var out = new ByteArrayOutputStream();
        ReviewerWorkbook.write(new ReviewerWorkbook.Request(round, "Pilot cohort 2015", "R1", "Ana Berg", CRITERIA, LINES,
                List.of(new Score("R1", "S-01", "LEAD", 3), new Score("R2", "S-01", "LEAD", 1)), blind), out);
        return out.toByteArray();
    }

    /** Fills cells of the Scores sheet (row 1 = first school; columns C, D… = criteria). */
    static byte[] fill(byte[] file, Object[][] cells) throws IOException {
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            XSSFSheet s = wb.getSheet(ReviewerWorkbook.SCORES);
            for (Object[] c : cells) {
                var cell = s.getRow((int) c[0]).getCell((int) c[1]);
                if (c[2] instanceof Double d) {
                    cell.setCellValue(d);
                } else {
                    cell.setCellValue((String) c[2]);
                }
            }
            var out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    static ReviewerWorkbook.Filled read(byte[] file, long round) throws IOException, FileProblemsException {
        return ReviewerWorkbook.read(new ByteArrayInputStream(file), "ana.xlsx", round, CRITERIA, Set.of("R1", "R2"), CONFLICTS);
    }

    @Test
    void aFilledWorkbookRoundTrips() throws Exception {
        byte[] filled = fill(workbook(false, 7), new Object[][] {{1, 2, 1.0}, {1, 3, 4.0}, {3, 2, 0.0}, {3, 3, 2.0}});
        var back = read(filled, 7);
        assertThat(back.reviewerId()).isEqualTo("R1");
        assertThat(back.scores()).containsExactlyInAnyOrder(new Score("R1", "S-01", "PM", 1), new Score("R1", "S-01", "LEAD", 4),
                new Score("R1", "S-03", "PM", 0), new Score("R1", "S-03", "LEAD", 2));
        assertThat(back.cleared()).isEmpty();
    }

    @Test
    void theWorkbookCarriesTheReviewersScoresValidationProtectionAndInstructions() throws Exception {
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(workbook(false, 7)))) {
            XSSFSheet s = wb.getSheet(ReviewerWorkbook.SCORES);
            assertThat(s.getRow(1).getCell(3).getNumericCellValue()).as("R1's existing score only").isEqualTo(3.0);
            assertThat(s.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Named project manager (1 yes / 0 no)");
            assertThat(s.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Leadership (1–4)");
            assertThat(s.getRow(2).getCell(4).getStringCellValue()).isEqualTo("conflict of interest: not scored");
            assertThat(s.getRow(2).getCell(3).getCellStyle().getLocked()).isTrue();
            assertThat(s.getRow(1).getCell(3).getCellStyle().getLocked()).isFalse();
            assertThat(s.getProtect()).isTrue();
            assertThat(wb.isStructureLocked()).isTrue();
            assertThat(wb.getSheetVisibility(wb.getSheetIndex(ReviewerWorkbook.ABOUT))).isEqualTo(SheetVisibility.VERY_HIDDEN);
            var validations = s.getDataValidations();
            assertThat(validations).hasSize(2);
            assertThat(validations).anySatisfy(v -> {
                assertThat(v.getValidationConstraint().getFormula1()).isEqualTo("1");
                assertThat(v.getValidationConstraint().getFormula2()).isEqualTo("4");
                assertThat(v.getRegions().getCellRangeAddress(0).formatAsString()).isEqualTo("D2:D4");
            });
            String instructions = wb.getSheet(ReviewerWorkbook.INSTRUCTIONS).getRow(0).getCell(0).getStringCellValue();
            assertThat(instructions).isEqualTo("Scoring workbook: Pilot cohort 2015");
            assertThat(wb.getSheet(ReviewerWorkbook.INSTRUCTIONS).getRow(12).getCell(0).getStringCellValue()).isEqualTo("     1 = Weak");
        }
    }

    @Test
    void blindModeHidesSchoolNamesAndIds() throws Exception {
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(workbook(true, 7)))) {
            XSSFSheet s = wb.getSheet(ReviewerWorkbook.SCORES);
            assertThat(s.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Applicant 1");
            assertThat(s.getRow(1).getCell(1).getStringCellValue()).isEmpty();
        }
        var back = read(fill(workbook(true, 7), new Object[][] {{3, 3, 4.0}}), 7);
        assertThat(back.scores()).contains(new Score("R1", "S-03", "LEAD", 4));
    }

    @Test
    void outOfRangeAndConflictedAndWrongTextAreLocatedAndNothingIsReturned() throws Exception {
        byte[] filled = fill(workbook(false, 7), new Object[][] {{1, 3, 5.0}, {2, 3, 2.0}, {3, 3, "good"}, {3, 2, 1.0}});
        assertThatThrownBy(() -> read(filled, 7)).isInstanceOf(FileProblemsException.class)
                .hasMessageContaining("ana.xlsx, sheet Scores, row 2, column D (Leadership): The score 5 is outside the scale 1 to 4.")
                .hasMessageContaining("ana.xlsx, sheet Scores, row 3, column D (Leadership): This school is marked as a conflict")
                .hasMessageContaining("ana.xlsx, sheet Scores, row 4, column D (Leadership): \"good\" is not a score.");
    }

    @Test
    void aWorkbookOfAnotherRoundOrWithChangedCriteriaIsRefused() throws Exception {
        assertThatThrownBy(() -> read(workbook(false, 8), 7)).isInstanceOf(FileProblemsException.class)
                .hasMessage("ana.xlsx: This workbook belongs to another selection round; export a new workbook for this round.");
        assertThatThrownBy(() -> ReviewerWorkbook.read(new ByteArrayInputStream(workbook(false, 7)), "ana.xlsx", 7,
                CRITERIA.subList(0, 2), Set.of("R1"), CONFLICTS)).isInstanceOf(FileProblemsException.class)
                .hasMessageContaining("criteria changed");
        assertThatThrownBy(() -> ReviewerWorkbook.read(new ByteArrayInputStream(new byte[] {1, 2, 3}), "x.xlsx", 7, CRITERIA,
                Set.of("R1"), CONFLICTS)).isInstanceOf(FileProblemsException.class).hasMessageContaining("not an Excel workbook");
    }

    @Test
    void anEmptiedCellClearsTheScore() throws Exception {
        byte[] filled = fill(workbook(false, 7), new Object[][] {{1, 3, ""}});
        var back = read(filled, 7);
        assertThat(back.cleared()).anySatisfy(c -> assertThat(c).containsExactly("S-01", "LEAD"));
    }

    @Test
    void commentsGoOutWithTheirScoresAndComeBackWithTheReviewersEdits() throws Exception {
        var out = new ByteArrayOutputStream();
        ReviewerWorkbook.write(new ReviewerWorkbook.Request(7, "Pilot cohort 2015", "R1", "Ana Berg", CRITERIA, LINES,
                List.of(new Score("R1", "S-01", "LEAD", 3, "strong principal"), new Score("R2", "S-01", "LEAD", 1, "R2's own")),
                false), out);
        int leadComment = ReviewerWorkbook.commentColumn(2, 1);
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet s = wb.getSheet(ReviewerWorkbook.SCORES);
            assertThat(s.getRow(0).getCell(leadComment).getStringCellValue()).isEqualTo("Comment: Leadership");
            assertThat(s.getRow(1).getCell(leadComment).getStringCellValue()).isEqualTo("strong principal");
            assertThat(s.getRow(1).getCell(leadComment).getCellStyle().getLocked()).isFalse();
            assertThat(s.getRow(2).getCell(leadComment).getCellStyle().getLocked()).as("conflicted row").isTrue();
        }
        byte[] filled = fill(out.toByteArray(), new Object[][] {{1, leadComment, "strong principal, new team"}, {3, 3, 2.0},
                {3, leadComment, "no coaching plan yet"}});
        var back = read(filled, 7);
        assertThat(back.scores()).contains(new Score("R1", "S-01", "LEAD", 3, "strong principal, new team"),
                new Score("R1", "S-03", "LEAD", 2, "no coaching plan yet"));
    }

    @Test
    void aCommentWithoutAScoreIsLocatedAndNothingIsReturned() throws Exception {
        int pmComment = ReviewerWorkbook.commentColumn(2, 0);
        byte[] filled = fill(workbook(false, 7), new Object[][] {{3, pmComment, "ask about the manager"}, {3, 3, 2.0}});
        assertThatThrownBy(() -> read(filled, 7)).isInstanceOf(FileProblemsException.class)
                .hasMessageContaining("ana.xlsx, sheet Scores, row 4, column F (Comment: Named project manager): A comment "
                        + "needs a score: enter the score in column C or clear the comment.");
    }

    @Test
    void aBlindWorkbookNamesNoSchoolAnywhereAReviewerCanSee() throws Exception {
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(workbook(true, 7)))) {
            for (var sheet : wb) {
                if (wb.getSheetVisibility(wb.getSheetIndex(sheet)) != SheetVisibility.VISIBLE) {
                    continue;
                }
                for (var row : sheet) {
                    for (var cell : row) {
                        assertThat(cell.toString()).doesNotContain("Hill High", "Mill Middle", "Elm Elementary", "S-01", "S-03");
                    }
                }
            }
        }
    }
}
