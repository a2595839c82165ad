package org.rolloutplanner.io.export;

import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.rolloutplanner.domain.rollout.Check;
import org.rolloutplanner.domain.rollout.Plan;

/**
 * Budget: one row per school year, one column per named cost item of the plan ({@link Plan#costItems()}: "Planning
 * grant", "Launch grant"…, the engine's own amounts, so the totals equal the plan's yearly costs), with a Total column
 * and a Total row written as SUM formulas (so the totals follow when someone edits an amount), and under them the
 * phases each item is tied to.
 */
final class BudgetSheet implements SheetPart {

    static final int HEADER_ROW = 2;

    private final ExportedPlan plan;
    private final Cells cells;

    BudgetSheet(ExportedPlan plan, Cells cells) {
        this.plan = plan;
        this.cells = cells;
    }

    @Override
    public void template(XSSFSheet sheet) {
        var st = cells.styles;
        cells.text(Cells.row(sheet, 0), 0, "Budget of " + plan.name(), st.title);
        List<Plan.CostItem> lines = plan.plan().costItems();
        List<Plan.YearSummary> years = plan.plan().years();
        Widths w = new Widths(lines.size() + 2);
        w.see(0, "School year");
        if (lines.isEmpty() || years.isEmpty()) {
            cells.text(Cells.row(sheet, HEADER_ROW), 0, "This scenario has no costs. Add grants per school or costs "
                    + "per student to the scenario to see its budget here.");
            sheet.setColumnWidth(0, 20 * 256);
            return;
        }
        cells.text(Cells.row(sheet, 1), 0, "Money per cost item and school year: a grant is paid in the school year its "
                + "phase starts; a cost per student in each school year the phase covers.");
        Row head = Cells.row(sheet, HEADER_ROW);
        cells.text(head, 0, "School year", st.header);
        for (int i = 0; i < lines.size(); i++) {
            cells.text(head, i + 1, lines.get(i).name(), st.header);
            w.see(i + 1, Math.min(lines.get(i).name().length(), 28));
        }
        int totalCol = lines.size() + 1;
        cells.text(head, totalCol, "Total", st.header);
        w.see(totalCol, 14);
        String lastItemCol = CellReference.convertNumToColString(lines.size());
        int first = HEADER_ROW + 2;
        for (int y = 0; y < years.size(); y++) {
            Row row = Cells.row(sheet, HEADER_ROW + 1 + y);
            cells.text(row, 0, years.get(y).schoolYear().label());
            for (int i = 0; i < lines.size(); i++) {
                long amount = lines.get(i).in(years.get(y).schoolYear());
                cells.number(row, i + 1, amount, st.money);
                w.see(i + 1, dollars(amount).length());
            }
            int excelRow = first + y;
            cells.formula(row, totalCol, "SUM(B" + excelRow + ":" + lastItemCol + excelRow + ")", st.moneyBold);
        }
        int last = first + years.size() - 1;
        Row total = Cells.row(sheet, HEADER_ROW + 1 + years.size());
        cells.text(total, 0, "Total", st.bold);
        for (int c = 1; c <= totalCol; c++) {
            String col = CellReference.convertNumToColString(c);
            cells.formula(total, c, "SUM(" + col + first + ":" + col + last + ")", st.moneyBold);
        }
        Row phases = Cells.row(sheet, HEADER_ROW + 2 + years.size());
        cells.text(phases, 0, "Tied to phase", st.bold);
        w.see(0, "Tied to phase");
        for (int i = 0; i < lines.size(); i++) {
            cells.text(phases, i + 1, String.join(", ", lines.get(i).phases()));
        }
        for (Check c : plan.scenario().checks()) {
            if (c instanceof Check.Budget b) {
                Row limit = Cells.row(sheet, HEADER_ROW + 4 + years.size());
                cells.text(limit, 0, "Budget limit per school year", st.bold);
                cells.number(limit, 1, b.perSchoolYear(), st.money);
                w.see(0, "Budget limit per school year");
            }
        }
        w.apply(sheet);
        head.setHeightInPoints(45);
        sheet.createFreezePane(1, HEADER_ROW + 1);
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    static String dollars(long amount) {
        return "$" + String.format(Locale.US, "%,d", amount);
    }
}
