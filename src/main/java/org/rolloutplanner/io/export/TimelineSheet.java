package org.rolloutplanner.io.export;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.rolloutplanner.domain.rollout.Phase;
import org.rolloutplanner.domain.rollout.Plan;
import org.rolloutplanner.domain.rollout.RolloutCalendar;
import org.rolloutplanner.domain.rollout.SchoolYear;
import org.rolloutplanner.domain.school.School;

/**
 * Timeline: the Gantt as a grid. Rows 1–4: title, legend, school-year headers, month headers (repeated on every
 * printed page); then one row per school grouped under a row per cohort, one column per month of the plan, filled
 * with the colour of the phase the school is in. Panes frozen below the headers and right of the school names.
 */
final class TimelineSheet implements SheetPart {

    static final int FIRST_MONTH_COLUMN = 3;
    static final int HEADER_ROWS = 4;
    private static final int LEGEND_SPAN = 6;

    private final ExportedPlan plan;
    private final Cells cells;
    private final YearMonth firstMonth;
    private final int months;
    private final RolloutCalendar calendar;

    TimelineSheet(ExportedPlan plan, Cells cells) {
        this.plan = plan;
        this.cells = cells;
        this.calendar = plan.scenario().calendar();
        List<Plan.YearSummary> years = plan.plan().years();
        SchoolYear first = years.isEmpty() ? calendar.firstYear() : years.getFirst().schoolYear();
        SchoolYear last = years.isEmpty() ? calendar.firstYear() : years.getLast().schoolYear();
        this.firstMonth = calendar.startOf(first);
        this.months = first.yearsUntil(last) * 12 + 12;
    }

    @Override
    public int streamedRows() {
        return plan.plan().placements().size() + plan.plan().cohorts().size() + plan.plan().unplaced().size();
    }

    @Override
    public void template(XSSFSheet sheet) {
        var st = cells.styles;
        cells.text(Cells.row(sheet, 0), 0, "Timeline of " + plan.name(), st.title);

        Row legend = Cells.row(sheet, 1);
        cells.text(legend, 0, "Phases", st.bold);
        List<Phase> phases = plan.scenario().phases().phases();
        for (int i = 0; i < phases.size(); i++) {
            int col = FIRST_MONTH_COLUMN + i * LEGEND_SPAN;
            cells.text(legend, col, phases.get(i).describe(), st.phaseFills.get(i));
            for (int k = 1; k < LEGEND_SPAN; k++) {
                cells.blank(legend, col + k, st.phaseFills.get(i));
            }
            sheet.addMergedRegion(new CellRangeAddress(1, 1, col, col + LEGEND_SPAN - 1));
        }

        Row yearRow = Cells.row(sheet, 2);
        Row monthRow = Cells.row(sheet, 3);
        cells.text(monthRow, 0, "Cohort", st.header);
        cells.text(monthRow, 1, "School id", st.header);
        cells.text(monthRow, 2, "School name", st.header);
        for (int y = 0; y < months / 12; y++) {
            int col = FIRST_MONTH_COLUMN + y * 12;
            cells.text(yearRow, col, calendar.yearOf(firstMonth.plusMonths(y * 12L)).label(), st.yearHeader);
            for (int k = 1; k < 12; k++) {
                cells.blank(yearRow, col + k, st.yearHeader);
            }
            sheet.addMergedRegion(new CellRangeAddress(2, 2, col, col + 11));
        }
        for (int m = 0; m < months; m++) {
            YearMonth ym = firstMonth.plusMonths(m);
            cells.text(monthRow, FIRST_MONTH_COLUMN + m, ym.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH),
                    st.monthHeader);
        }

        Widths widths = new Widths(FIRST_MONTH_COLUMN);
        widths.see(0, "Cohort").see(1, "School id").see(2, "School name");
        for (Plan.Cohort c : plan.plan().cohorts()) {
            widths.see(0, cohortLabel(c).length() / 2);
            for (School s : c.schools()) {
                widths.see(1, s.id()).see(2, s.name());
            }
        }
        for (School s : plan.plan().unplaced()) {
            widths.see(1, s.id()).see(2, s.name());
        }
        widths.apply(sheet);
        for (int m = 0; m < months; m++) {
            sheet.setColumnWidth(FIRST_MONTH_COLUMN + m, 4 * 256 + 128);
        }
        sheet.createFreezePane(FIRST_MONTH_COLUMN, HEADER_ROWS);
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setRepeatingRows(new CellRangeAddress(2, 3, -1, -1));
        sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, 2));
        sheet.setDisplayGridlines(false);
        sheet.setPrintGridlines(false);
    }

    private static String cohortLabel(Plan.Cohort c) {
        return "Cohort " + c.number() + ": starts " + RolloutCalendar.monthLabel(c.start()) + " (" + c.schoolYear().label()
                + "), " + c.size() + (c.size() == 1 ? " school" : " schools");
    }

    @Override
    public void stream(Sheet sheet, RowProgress progress) {
        var st = cells.styles;
        int r = HEADER_ROWS;
        int sinceReport = 0;
        for (Plan.Cohort c : plan.plan().cohorts()) {
            Row head = sheet.createRow(r++);
            cells.text(head, 0, cohortLabel(c), st.cohortRow);
            CellStyle[] fills = fills(c);
            for (School s : c.schools()) {
                Row row = sheet.createRow(r++);
                cells.number(row, 0, c.number(), st.integer);
                cells.text(row, 1, s.id());
                cells.text(row, 2, s.name());
                for (int m = 0; m < months; m++) {
                    if (fills[m] != null) {
                        cells.blank(row, FIRST_MONTH_COLUMN + m, fills[m]);
                    }
                }
                if (++sinceReport == 500) {
                    progress.rows(sinceReport);
                    sinceReport = 0;
                }
            }
            sinceReport++;
        }
        if (!plan.plan().unplaced().isEmpty()) {
            Row head = sheet.createRow(r++);
            cells.text(head, 0, "Not placed by any rule: " + plan.plan().unplaced().size()
                    + (plan.plan().unplaced().size() == 1 ? " school" : " schools"), st.cohortRow);
            for (School s : plan.plan().unplaced()) {
                Row row = sheet.createRow(r++);
                cells.text(row, 1, s.id());
                cells.text(row, 2, s.name());
                sinceReport++;
            }
        }
        progress.rows(sinceReport);
    }

    /** The fill of each month column for a cohort's schools (null where the school is in no phase). */
    private CellStyle[] fills(Plan.Cohort c) {
        CellStyle[] fills = new CellStyle[months];
        List<Plan.PhaseSpan> spans = c.phases();
        for (int p = 0; p < spans.size(); p++) {
            Plan.PhaseSpan span = spans.get(p);
            if (span.start() == null) {
                continue;
            }
            long from = Math.max(0, firstMonth.until(span.start(), java.time.temporal.ChronoUnit.MONTHS));
            long to = span.end() == null ? months - 1
                    : Math.min(months - 1, firstMonth.until(span.end(), java.time.temporal.ChronoUnit.MONTHS));
            for (long m = from; m <= to; m++) {
                fills[(int) m] = cells.styles.phaseFills.get(p);
            }
        }
        return fills;
    }
}
