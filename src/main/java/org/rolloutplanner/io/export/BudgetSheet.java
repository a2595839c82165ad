package org.rolloutplanner.io.export;

import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.rolloutplanner.domain.rollout.Check;
import org.rolloutplanner.domain.rollout.Plan;

/**
 * Budget: one row per school year, one column per cost item, with a Total column and a Total row written as SUM
 * formulas (so the totals follow when someone edits an amount).
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
        List<BudgetLines.Line> lines = BudgetLines.of(plan.scenario(), plan.plan());
        List<Plan.YearSummary> years = plan.plan().years();
        Widths w = new Widths(lines.size() + 2);
        w.see(0, "School year");
        if (lines.isEmpty() || years.isEmpty()) {
            cells.text(Cells.row(sheet, HEADER_ROW), 0, "This scenario has no costs. Add grants per school or costs "
                    + "per student to the scenario to see its budget here.");
            sheet.setColumnWidth(0, 20 * 256);
            return;
        }
        Row head = Cells.row(sheet, HEADER_ROW);
        cells.text(head, 0, "School year", st.header);
        for (int i = 0; i < lines.size(); i++) {
            cells.text(head, i + 1, lines.get(i).item(), st.header);
            w.see(i + 1, Math.min(lines.get(i).item().length(), 28));
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
                long amount = lines.get(i).perYear()[y];
                cells.number(row, i + 1, amount, st.money);
                w.see(i + 1, BudgetLines.dollars(amount).length());
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
        for (Check c : plan.scenario().checks()) {
            if (c instanceof Check.Budget b) {
                Row limit = Cells.row(sheet, HEADER_ROW + 3 + years.size());
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
}
