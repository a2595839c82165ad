package org.rolloutplanner.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.rolloutplanner.domain.common.FileProblem;
import org.rolloutplanner.domain.common.FileProblemsException;
import org.rolloutplanner.domain.selection.Criterion;
import org.rolloutplanner.domain.selection.Numbers;
import org.rolloutplanner.domain.selection.Score;

/**
 * An offline scoring workbook for one reviewer: an "Instructions" sheet, a "Scores" sheet (one row per applicant, one
 * column per criterion the reviewers answer; cells limited to the rubric scale by data validation; everything but the
 * score cells locked; rows of a conflicted school locked and marked) and a very hidden "About" sheet naming the round,
 * the reviewer, the criteria and the applicants in order. Reading a filled workbook back checks all of it and returns
 * every score or, when anything is wrong, no score at all and every problem located by sheet, row and column.
 * In blind mode the school names and ids are replaced by "Applicant 1", "Applicant 2"… (the About sheet keeps the ids).
 * After the "Note" column comes one "Comment" column per criterion: the reviewer's comment on each score, read back with
 * it (a comment without a score is a problem, located like the others).
 */
public final class ReviewerWorkbook {

    public static final String SCORES = "Scores";
    public static final String INSTRUCTIONS = "Instructions";
    public static final String ABOUT = "About";

    /** An applicant line of the workbook. */
    public record Line(String applicantId, String school, boolean conflicted) {
    }

    /** What a workbook is for: the round (its key and name), the reviewer, the criteria and the applicants. */
    public record Request(long roundKey, String roundName, String reviewerId, String reviewerName, List<Criterion> criteria,
            List<Line> lines, List<Score> existing, boolean blind) {
    }

    private ReviewerWorkbook() {
    }

    public static void write(Request r, OutputStream out) throws IOException {
        List<Criterion> criteria = r.criteria().stream().filter(Criterion::answeredByReviewers).toList();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle open = wb.createCellStyle();
            open.setLocked(false);
            CellStyle locked = wb.createCellStyle();
            locked.setLocked(true);
            var bold = wb.createFont();
            bold.setBold(true);
            CellStyle header = wb.createCellStyle();
            header.setFont(bold);
            header.setLocked(true);
            header.setWrapText(true);

            Sheet instructions = wb.createSheet(INSTRUCTIONS);
            List<String> text = new ArrayList<>(List.of("Scoring workbook: " + r.roundName(), "Reviewer: " + r.reviewerName(), "",
                    "Enter one score per school and criterion on the sheet \"" + SCORES + "\". Only the score cells can be "
                            + "changed; a value outside a criterion's scale is refused.",
                    "Rows marked \"conflict of interest\" are locked: you declared a conflict with that school.",
                    "You may explain a score in the matching \"Comment\" column to the right of the scores.",
                    "Leave a cell empty if you have not scored it yet. Do not add, remove or reorder rows, columns or sheets.",
                    "Send the file back to the committee; it is imported as a whole, or not at all if something is wrong.", "",
                    "Criteria and their scales:"));
            for (Criterion c : criteria) {
                text.add("• " + c.name() + (c.essential() ? ": essential, 1 = meets it, 0 = does not" : ": " + c.min() + " to "
                        + c.max()));
                for (int v = c.min(); v <= c.max() && !c.essential(); v++) {
                    String d = c.describeLevel(v);
                    if (!d.isEmpty()) {
                        text.add("     " + v + " = " + d);
                    }
                }
            }
            for (int i = 0; i < text.size(); i++) {
                instructions.createRow(i).createCell(0).setCellValue(text.get(i));
            }
            instructions.setColumnWidth(0, 110 * 256);
            instructions.protectSheet("");

            Sheet scores = wb.createSheet(SCORES);
            Row head = scores.createRow(0);
            cell(head, 0, r.blind() ? "Applicant" : "School ID", header);
            cell(head, 1, r.blind() ? "" : "School", header);
            for (int j = 0; j < criteria.size(); j++) {
                Criterion c = criteria.get(j);
                cell(head, 2 + j, c.name() + (c.essential() ? " (1 yes / 0 no)" : " (" + c.min() + "–" + c.max() + ")"), header);
                scores.setColumnWidth(2 + j, 22 * 256);
            }
            cell(head, 2 + criteria.size(), "Note", header);
            for (int j = 0; j < criteria.size(); j++) {
                cell(head, commentColumn(criteria.size(), j), "Comment: " + criteria.get(j).name(), header);
                scores.setColumnWidth(commentColumn(criteria.size(), j), 30 * 256);
            }
            scores.setColumnWidth(0, 16 * 256);
            scores.setColumnWidth(1, 36 * 256);
            Map<String, Score> existing = new HashMap<>();
            r.existing().stream().filter(s -> s.reviewer().equals(r.reviewerId()))
                    .forEach(s -> existing.put(s.applicant() + "\u0000" + s.criterion(), s));
            for (int i = 0; i < r.lines().size(); i++) {
                Line line = r.lines().get(i);
                Row row = scores.createRow(1 + i);
                cell(row, 0, r.blind() ? "Applicant " + (i + 1) : line.applicantId(), locked);
                cell(row, 1, r.blind() ? "" : line.school(), locked);
                for (int j = 0; j < criteria.size(); j++) {
                    Cell cell = row.createCell(2 + j);
                    Cell comment = row.createCell(commentColumn(criteria.size(), j));
                    if (line.conflicted()) {
                        cell.setCellStyle(locked);
                        comment.setCellStyle(locked);
                        continue;
                    }
                    cell.setCellStyle(open);
                    comment.setCellStyle(open);
                    Score v = existing.get(line.applicantId() + "\u0000" + criteria.get(j).id());
                    if (v != null) {
                        cell.setCellValue(v.value());
                        if (!v.comment().isEmpty()) {
                            comment.setCellValue(v.comment());
                        }
                    }
                }
                cell(row, 2 + criteria.size(), line.conflicted() ? "conflict of interest: not scored" : "", locked);
            }
            DataValidationHelper dv = scores.getDataValidationHelper();
            for (int j = 0; j < criteria.size() && !r.lines().isEmpty(); j++) {
                Criterion c = criteria.get(j);
                DataValidationConstraint constraint = dv.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN,
                        String.valueOf(c.min()), String.valueOf(c.max()));
                if (c.essential()) {
                    constraint = dv.createIntegerConstraint(DataValidationConstraint.OperatorType.BETWEEN, "0", "1");
                }
                DataValidation validation = dv.createValidation(constraint,
                        new CellRangeAddressList(1, r.lines().size(), 2 + j, 2 + j));
                validation.setShowErrorBox(true);
                validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
                validation.createErrorBox("Score outside the scale", "\"" + c.name() + "\" is scored from " + c.min() + " to "
                        + c.max() + ".");
                validation.setShowPromptBox(true);
                validation.createPromptBox(c.name(), c.essential() ? "1 = meets it, 0 = does not" : c.min() + " to " + c.max());
                scores.addValidationData(validation);
            }
            scores.createFreezePane(2, 1);
            scores.protectSheet("");

            Sheet about = wb.createSheet(ABOUT);
            cell(about.createRow(0), 0, "round", null);
            about.getRow(0).createCell(1).setCellValue(String.valueOf(r.roundKey()));
            cell(about.createRow(1), 0, "reviewer", null);
            about.getRow(1).createCell(1).setCellValue(r.reviewerId());
            Row crit = about.createRow(2);
            cell(crit, 0, "criteria", null);
            for (int j = 0; j < criteria.size(); j++) {
                crit.createCell(1 + j).setCellValue(criteria.get(j).id());
            }
            Row apps = about.createRow(3);
            cell(apps, 0, "applicants", null);
            for (int i = 0; i < r.lines().size(); i++) {
                apps.createCell(1 + i).setCellValue(r.lines().get(i).applicantId());
            }
            wb.setSheetVisibility(wb.getSheetIndex(about), SheetVisibility.VERY_HIDDEN);
            wb.setActiveSheet(wb.getSheetIndex(scores));
            wb.lockStructure();
            wb.write(out);
        }
    }

    /** The column of the comment on the j-th criterion: after the scores and the "Note" column. */
    static int commentColumn(int criteria, int j) {
        return 3 + criteria + j;
    }

    private static void cell(Row row, int col, String value, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(value);
        if (style != null) {
            c.setCellStyle(style);
        }
    }

    /** The scores read back (one per filled cell), and the cells left empty, which clear a score. */
    public record Filled(String reviewerId, List<Score> scores, List<String[]> cleared) {
    }

    /**
     * Reads a filled workbook for the expected round. Every problem is reported (file, sheet, row, column); nothing is
     * returned when there is one.
     */
    public static Filled read(InputStream in, String fileName, long roundKey, List<Criterion> roundCriteria,
            Set<String> roundReviewers, Map<String, Boolean> conflictedByApplicant) throws IOException, FileProblemsException {
        List<FileProblem> problems = new ArrayList<>();
        Workbook wb;
        try {
            wb = new XSSFWorkbook(in);
        } catch (IllegalArgumentException | org.apache.poi.ooxml.POIXMLException e) { // not a zip, empty, not OOXML
            throw new FileProblemsException(FileProblem.whole(fileName, "The file is not an Excel workbook (.xlsx)."));
        }
        try (wb) {
            Sheet about = wb.getSheet(ABOUT);
            Sheet scores = wb.getSheet(SCORES);
            if (about == null || scores == null) {
                throw new FileProblemsException(FileProblem.whole(fileName, "This is not a scoring workbook of Rollout Planner "
                        + "(the sheets \"" + SCORES + "\" and \"" + ABOUT + "\" are missing)."));
            }
            String round = text(about, 0, 1);
            if (!round.equals(String.valueOf(roundKey))) {
                throw new FileProblemsException(FileProblem.whole(fileName, "This workbook belongs to another selection round; "
                        + "export a new workbook for this round."));
            }
            String reviewer = text(about, 1, 1);
            if (!roundReviewers.contains(reviewer)) {
                throw new FileProblemsException(FileProblem.whole(fileName, "The reviewer of this workbook is no longer on "
                        + "the committee of this round."));
            }
            List<String> criteriaIds = rowTexts(about, 2);
            List<String> applicantIds = rowTexts(about, 3);
            Map<String, Criterion> byId = new HashMap<>();
            roundCriteria.forEach(c -> byId.put(c.id(), c));
            List<String> expected = roundCriteria.stream().filter(Criterion::answeredByReviewers).map(Criterion::id).toList();
            if (!criteriaIds.equals(expected)) {
                throw new FileProblemsException(FileProblem.whole(fileName, "The round's criteria changed since this workbook "
                        + "was made; export a new workbook."));
            }
            Row head = scores.getRow(0);
            for (int j = 0; j < criteriaIds.size(); j++) {
                Criterion c = byId.get(criteriaIds.get(j));
                String h = head == null ? "" : text(scores, 0, 2 + j);
                if (!h.startsWith(c.name())) {
                    problems.add(new FileProblem(fileName, SCORES, 1, column(2 + j), "The column heading should be \"" + c.name()
                            + "…\"; columns must not be moved, renamed or removed."));
                }
            }
            List<Score> out = new ArrayList<>();
            List<String[]> cleared = new ArrayList<>();
            int lastRow = scores.getLastRowNum();
            if (lastRow != applicantIds.size()) {
                problems.add(new FileProblem(fileName, SCORES, 0, "", "The sheet should have " + applicantIds.size()
                        + " school rows and has " + lastRow + "; rows must not be added or removed."));
            }
            for (int i = 0; i < applicantIds.size() && i < lastRow; i++) {
                String applicant = applicantIds.get(i);
                Row row = scores.getRow(1 + i);
                boolean conflicted = conflictedByApplicant.getOrDefault(applicant, false);
                for (int j = 0; j < criteriaIds.size(); j++) {
                    Criterion c = byId.get(criteriaIds.get(j));
                    Cell cell = row == null ? null : row.getCell(2 + j);
                    String where = column(2 + j) + " (" + c.name() + ")";
                    int commentAt = commentColumn(criteriaIds.size(), j);
                    String comment = row == null ? "" : text(scores, 1 + i, commentAt).strip();
                    if (cell == null || cell.getCellType() == CellType.BLANK
                            || (cell.getCellType() == CellType.STRING && cell.getStringCellValue().isBlank())) {
                        if (!comment.isEmpty() && !conflicted) {
                            problems.add(new FileProblem(fileName, SCORES, 2 + i, column(commentAt) + " (Comment: " + c.name()
                                    + ")", "A comment needs a score: enter the score in column " + column(2 + j)
                                    + " or clear the comment."));
                        } else if (!conflicted) {
                            cleared.add(new String[] {applicant, c.id()});
                        }
                        continue;
                    }
                    if (comment.length() > 2000) {
                        problems.add(new FileProblem(fileName, SCORES, 2 + i, column(commentAt) + " (Comment: " + c.name()
                                + ")", "The comment is too long; keep it under 2,000 characters."));
                        continue;
                    }
                    if (conflicted) {
                        problems.add(new FileProblem(fileName, SCORES, 2 + i, where, "This school is marked as a conflict of "
                                + "interest; it cannot be scored."));
                        continue;
                    }
                    Double v = cell.getCellType() == CellType.NUMERIC ? Double.valueOf(cell.getNumericCellValue()) : parse(cell);
                    if (v == null) {
                        problems.add(new FileProblem(fileName, SCORES, 2 + i, where, "\"" + cell + "\" is not a score."));
                    } else if (!c.inRubric(v) || (c.essential() && v != 0 && v != 1)) {
                        problems.add(new FileProblem(fileName, SCORES, 2 + i, where, "The score " + Numbers.plain(v)
                                + " is outside the scale " + c.min() + " to " + c.max() + "."));
                    } else {
                        out.add(new Score(reviewer, applicant, c.id(), v, comment));
                    }
                }
            }
            if (!problems.isEmpty()) {
                throw new FileProblemsException(problems);
            }
            return new Filled(reviewer, out, cleared);
        }
    }

    /** The reviewer a workbook was made for ("" when the file is not a scoring workbook). */
    public static String reviewerOf(InputStream in) throws IOException {
        try (Workbook wb = new XSSFWorkbook(in)) {
            Sheet about = wb.getSheet(ABOUT);
            return about == null ? "" : text(about, 1, 1);
        } catch (IllegalArgumentException | org.apache.poi.ooxml.POIXMLException e) {
            return "";
        }
    }

    private static Double parse(Cell cell) {
        if (cell.getCellType() != CellType.STRING) {
            return null;
        }
        try {
            return Double.parseDouble(cell.getStringCellValue().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String text(Sheet sheet, int row, int col) {
        Row r = sheet.getRow(row);
        Cell c = r == null ? null : r.getCell(col);
        return c == null ? "" : c.getCellType() == CellType.STRING ? c.getStringCellValue() : c.toString();
    }

    private static List<String> rowTexts(Sheet sheet, int row) {
        List<String> out = new ArrayList<>();
        Row r = sheet.getRow(row);
        if (r == null) {
            return out;
        }
        for (int c = 1; c < r.getLastCellNum(); c++) {
            out.add(text(sheet, row, c));
        }
        return out;
    }

    /** "C" for index 2. */
    static String column(int index) {
        return org.apache.poi.ss.util.CellReference.convertNumToColString(index);
    }
}
