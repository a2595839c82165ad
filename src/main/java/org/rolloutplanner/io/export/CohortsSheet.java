package org.rolloutplanner.io.export;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.rolloutplanner.domain.rollout.Phase;
import org.rolloutplanner.domain.rollout.Plan;
import org.rolloutplanner.domain.school.School;

/**
 * Cohorts: first one row per cohort (school year, start, schools, students, each phase's first and last month), then
 * the schools of each cohort.
 */
final class CohortsSheet implements SheetPart {

    private final ExportedPlan plan;
    private final Cells cells;

    CohortsSheet(ExportedPlan plan, Cells cells) {
        this.plan = plan;
        this.cells = cells;
    }

    private List<String> cohortHeader() {
        List<String> h = new ArrayList<>(List.of("Cohort", "School year", "Starts", "Schools", "Students"));
        for (Phase p : plan.scenario().phases().phases()) {
            h.add(p.name() + " starts");
            h.add(p.name() + " ends");
        }
        return h;
    }

    @Override
    public int streamedRows() {
        return plan.plan().placements().size() + plan.plan().cohorts().size();
    }

    @Override
    public void template(XSSFSheet sheet) {
        cells.text(Cells.row(sheet, 0), 0, "Cohorts of " + plan.name(), cells.styles.title);
        List<String> header = cohortHeader();
        Widths w = new Widths(Math.max(header.size(), 6));
        for (int i = 0; i < header.size(); i++) {
            w.see(i, header.get(i));
        }
        w.see(0, "Schools in each cohort").see(2, 10);
        for (Plan.Placement p : plan.plan().placements()) {
            w.see(1, p.school().id()).see(2, p.school().name()).see(3, p.school().level().label());
        }
        w.apply(sheet);
        sheet.createFreezePane(0, 3);
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    @Override
    public void stream(Sheet sheet, RowProgress progress) {
        var st = cells.styles;
        int r = 2;
        Row head = sheet.createRow(r++);
        List<String> header = cohortHeader();
        for (int i = 0; i < header.size(); i++) {
            cells.text(head, i, header.get(i), st.header);
        }
        for (Plan.Cohort c : plan.plan().cohorts()) {
            Row row = sheet.createRow(r++);
            cells.number(row, 0, c.number(), st.integer);
            cells.text(row, 1, c.schoolYear().label());
            cells.monthStart(row, 2, c.start());
            cells.number(row, 3, c.size(), st.integer);
            cells.number(row, 4, c.students(), st.integer);
            int col = 5;
            for (Plan.PhaseSpan span : c.phases()) {
                cells.monthStart(row, col++, span.start());
                if (span.end() == null) {
                    cells.text(row, col++, "open-ended");
                } else {
                    cells.monthEnd(row, col++, span.end());
                }
            }
        }
        progress.rows(plan.plan().cohorts().size());
        r++;
        cells.text(sheet.createRow(r++), 0, "Schools in each cohort", st.section);
        Row schoolsHead = sheet.createRow(r++);
        String[] h = {"Cohort", "School id", "School name", "Level", "Students", "Starts"};
        for (int i = 0; i < h.length; i++) {
            cells.text(schoolsHead, i, h[i], st.header);
        }
        int since = 0;
        for (Plan.Placement p : plan.plan().placements()) {
            Plan.Cohort c = plan.plan().cohorts().get(p.cohort() - 1);
            School s = p.school();
            Row row = sheet.createRow(r++);
            cells.number(row, 0, c.number(), st.integer);
            cells.text(row, 1, s.id());
            cells.text(row, 2, s.name());
            cells.text(row, 3, s.level().label());
            cells.number(row, 4, s.enrollment(), st.integer);
            cells.monthStart(row, 5, c.start());
            if (++since == 1000) {
                progress.rows(since);
                since = 0;
            }
        }
        progress.rows(since);
    }
}
