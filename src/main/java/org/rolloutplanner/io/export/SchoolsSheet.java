package org.rolloutplanner.io.export;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableStyleInfo;
import org.rolloutplanner.domain.rollout.Phase;
import org.rolloutplanner.domain.rollout.Plan;
import org.rolloutplanner.domain.school.School;

/**
 * Schools: the whole roster (placed, not placed, excluded) with cohort and phase dates, as an Excel table named
 * {@value #TABLE} with filter buttons on every column. The header row is the table's; rows are streamed.
 */
final class SchoolsSheet implements SheetPart {

    static final String TABLE = "SchoolsTable";

    private final ExportedPlan plan;
    private final Cells cells;
    private final List<String> header;

    SchoolsSheet(ExportedPlan plan, Cells cells) {
        this.plan = plan;
        this.cells = cells;
        List<String> h = new ArrayList<>(List.of("School id", "School name", "Level", "Students", "Low-income share",
                "Region", "Readiness", "Status", "Cohort", "School year", "Starts"));
        for (Phase p : plan.scenario().phases().phases()) {
            h.add(p.name() + " starts");
            h.add(p.name() + " ends");
        }
        h.add("Components only until");
        header = unique(h);
    }

    /** Table column names must differ (ignoring case); a phase called "Cohort" must not clash with our columns. */
    private static List<String> unique(List<String> names) {
        Set<String> seen = new HashSet<>();
        List<String> out = new ArrayList<>();
        for (String n : names) {
            String candidate = n;
            for (int i = 2; !seen.add(candidate.toLowerCase(Locale.ROOT)); i++) {
                candidate = n + " (" + i + ")";
            }
            out.add(candidate);
        }
        return out;
    }

    private int rows() {
        Plan p = plan.plan();
        return p.placements().size() + p.unplaced().size() + p.excluded().size();
    }

    @Override
    public int streamedRows() {
        return rows();
    }

    @Override
    public void template(XSSFSheet sheet) {
        Row head = Cells.row(sheet, 0);
        for (int i = 0; i < header.size(); i++) {
            cells.text(head, i, header.get(i), cells.styles.header);
        }
        Widths w = new Widths(header.size());
        for (int i = 0; i < header.size(); i++) {
            w.see(i, header.get(i).length() + 2); // room for the filter button
        }
        Plan p = plan.plan();
        for (List<School> list : List.of(p.placements().stream().map(Plan.Placement::school).toList(), p.unplaced(),
                p.excluded())) {
            for (School s : list) {
                w.see(0, s.id()).see(1, s.name()).see(2, s.level().label()).see(5, s.region());
            }
        }
        w.see(7, "not placed");
        w.apply(sheet);

        int lastRow = Math.max(1, rows());
        var area = new AreaReference(new CellReference(0, 0), new CellReference(lastRow, header.size() - 1),
                SpreadsheetVersion.EXCEL2007);
        XSSFTable table = sheet.createTable(area);
        table.setName(TABLE);
        table.setDisplayName(TABLE);
        var ct = table.getCTTable();
        if (!ct.isSetAutoFilter()) {
            ct.addNewAutoFilter();
        }
        ct.getAutoFilter().setRef(new org.apache.poi.ss.util.CellRangeAddress(0, lastRow, 0, header.size() - 1).formatAsString());
        for (int i = 0; i < header.size(); i++) {
            ct.getTableColumns().getTableColumnArray(i).setName(header.get(i));
        }
        CTTableStyleInfo style = ct.isSetTableStyleInfo() ? ct.getTableStyleInfo() : ct.addNewTableStyleInfo();
        style.setName("TableStyleMedium2");
        style.setShowRowStripes(true);
        style.setShowColumnStripes(false);
        sheet.createFreezePane(2, 1);
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setRepeatingRows(new org.apache.poi.ss.util.CellRangeAddress(0, 0, -1, -1));
    }

    @Override
    public void stream(Sheet sheet, RowProgress progress) {
        var st = cells.styles;
        Plan p = plan.plan();
        int r = 1;
        int since = 0;
        int phases = plan.scenario().phases().size();
        for (Plan.Placement pl : p.placements()) {
            Plan.Cohort c = p.cohorts().get(pl.cohort() - 1);
            Row row = school(sheet, r++, pl.school(), pl.pinned() ? "placed by hand" : "placed");
            cells.number(row, 8, c.number(), st.integer);
            cells.text(row, 9, c.schoolYear().label());
            cells.monthStart(row, 10, c.start());
            int col = 11;
            for (Plan.PhaseSpan span : c.phases()) {
                cells.monthStart(row, col++, span.start());
                cells.monthEnd(row, col++, span.end());
            }
            cells.monthStart(row, 11 + 2 * phases, pl.componentsOnlyUntil());
            if (++since == 1000) {
                progress.rows(since);
                since = 0;
            }
        }
        for (School s : p.unplaced()) {
            school(sheet, r++, s, "not placed");
        }
        for (School s : p.excluded()) {
            school(sheet, r++, s, "excluded");
        }
        progress.rows(since + p.unplaced().size() + p.excluded().size());
    }

    private Row school(Sheet sheet, int r, School s, String status) {
        var st = cells.styles;
        Row row = sheet.createRow(r);
        cells.text(row, 0, s.id());
        cells.text(row, 1, s.name());
        cells.text(row, 2, s.level().label());
        cells.number(row, 3, s.enrollment(), st.integer);
        if (s.frlPercent() != null) {
            cells.number(row, 4, s.frlPercent() / 100.0, st.percent);
        }
        cells.text(row, 5, s.region());
        if (s.readiness() != null) {
            cells.number(row, 6, s.readiness(), st.decimal);
        }
        cells.text(row, 7, status);
        return row;
    }
}
