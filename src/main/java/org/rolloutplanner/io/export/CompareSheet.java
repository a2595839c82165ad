package org.rolloutplanner.io.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.rolloutplanner.domain.rollout.Plan;
import org.rolloutplanner.domain.rollout.SchoolYear;
import org.rolloutplanner.domain.school.School;

/**
 * Compare (two or more scenarios): key figures side by side, cumulative coverage per school year side by side, and
 * the schools that start in another cohort than in the first scenario (the baseline).
 */
final class CompareSheet implements SheetPart {

    /** A school placed in both plans whose cohort or school year differs. */
    record Move(String scenario, School school, int fromCohort, SchoolYear fromYear, int toCohort, SchoolYear toYear) {
        int years() {
            return fromYear.yearsUntil(toYear);
        }
    }

    private final List<ExportedPlan> plans;
    private final Cells cells;
    private final List<Move> moves;

    CompareSheet(List<ExportedPlan> plans, Cells cells) {
        this.plans = plans;
        this.cells = cells;
        this.moves = new ArrayList<>();
        for (ExportedPlan other : plans.subList(1, plans.size())) {
            moves.addAll(moves(plans.getFirst(), other));
        }
    }

    static List<Move> moves(ExportedPlan base, ExportedPlan other) {
        Plan from = base.plan();
        Plan to = other.plan();
        Map<String, Plan.Cohort> before = new HashMap<>();
        from.placements().forEach(p -> before.put(p.school().id(), from.cohorts().get(p.cohort() - 1)));
        List<Move> out = new ArrayList<>();
        for (Plan.Placement p : to.placements()) {
            Plan.Cohort was = before.get(p.school().id());
            Plan.Cohort now = to.cohorts().get(p.cohort() - 1);
            if (was != null && (was.number() != now.number() || !was.schoolYear().equals(now.schoolYear()))) {
                out.add(new Move(other.name(), p.school(), was.number(), was.schoolYear(), now.number(), now.schoolYear()));
            }
        }
        out.sort(Comparator.comparingInt((Move m) -> -Math.abs(m.years())).thenComparing(m -> m.school().name()));
        return out;
    }

    @Override
    public int streamedRows() {
        return moves.size();
    }

    @Override
    public void template(XSSFSheet sheet) {
        cells.text(Cells.row(sheet, 0), 0, "Scenarios compared with " + plans.getFirst().name(), cells.styles.title);
        Widths w = new Widths(Math.max(8, 1 + 2 * plans.size()));
        w.see(0, "Peak schools in the first phase at once").see(1, 14).see(2, 14);
        for (int i = 0; i < plans.size(); i++) {
            w.see(1 + i, plans.get(i).name());
            w.see(1 + 2 * i, 12).see(2 + 2 * i, 12);
        }
        for (Move m : moves) {
            w.see(0, m.scenario()).see(1, m.school().id()).see(2, m.school().name());
        }
        w.apply(sheet);
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
        cells.text(head, 0, "Key figures", st.header);
        for (int i = 0; i < plans.size(); i++) {
            cells.text(head, 1 + i, plans.get(i).name(), st.header);
        }
        Row cohorts = sheet.createRow(r++);
        Row completion = sheet.createRow(r++);
        Row peak = sheet.createRow(r++);
        Row cost = sheet.createRow(r++);
        Row warnings = sheet.createRow(r++);
        cells.text(cohorts, 0, "Number of cohorts", st.bold);
        cells.text(completion, 0, "Completion school year", st.bold);
        cells.text(peak, 0, "Peak schools in the first phase at once", st.bold);
        cells.text(cost, 0, "Total cost", st.bold);
        cells.text(warnings, 0, "Warnings", st.bold);
        for (int i = 0; i < plans.size(); i++) {
            Plan p = plans.get(i).plan();
            cells.number(cohorts, 1 + i, p.cohorts().size(), st.integer);
            cells.text(completion, 1 + i, p.completion().map(SchoolYear::label).orElse("not every school is placed"));
            String phase = p.cohorts().isEmpty() ? "" : p.cohorts().getFirst().phases().getFirst().name();
            cells.number(peak, 1 + i, SummarySheet.peakInPhase(p, phase), st.integer);
            cells.number(cost, 1 + i, p.years().stream().mapToLong(Plan.YearSummary::cost).sum(), st.money);
            cells.number(warnings, 1 + i, p.warnings().size(), st.integer);
        }

        r++;
        cells.text(sheet.createRow(r++), 0, "Coverage by the end of each school year (share started)", st.section);
        Row names = sheet.createRow(r++);
        Row kinds = sheet.createRow(r++);
        cells.text(kinds, 0, "School year", st.header);
        TreeMap<SchoolYear, Plan.YearSummary[]> byYear = new TreeMap<>();
        for (int i = 0; i < plans.size(); i++) {
            cells.text(names, 1 + 2 * i, plans.get(i).name(), st.bold);
            cells.text(kinds, 1 + 2 * i, "Schools", st.header);
            cells.text(kinds, 2 + 2 * i, "Students", st.header);
            for (Plan.YearSummary ys : plans.get(i).plan().years()) {
                byYear.computeIfAbsent(ys.schoolYear(), k -> new Plan.YearSummary[plans.size()])[i] = ys;
            }
        }
        double[][] carried = new double[plans.size()][2];
        for (var e : byYear.entrySet()) {
            Row row = sheet.createRow(r++);
            cells.text(row, 0, e.getKey().label());
            for (int i = 0; i < plans.size(); i++) {
                Plan.YearSummary ys = e.getValue()[i];
                if (ys != null) {
                    carried[i][0] = ys.started().schoolsPercent() / 100.0;
                    carried[i][1] = ys.started().studentsPercent() / 100.0;
                }
                cells.number(row, 1 + 2 * i, carried[i][0], st.percent);
                cells.number(row, 2 + 2 * i, carried[i][1], st.percent);
            }
        }

        r++;
        cells.text(sheet.createRow(r++), 0, "Schools that start in another cohort than in " + plans.getFirst().name(),
                st.section);
        Row mh = sheet.createRow(r++);
        String[] h = {"Scenario", "School id", "School name", "Cohort in " + plans.getFirst().name(), "School year",
            "Cohort in the scenario", "School year ", "Years later (negative: earlier)"};
        for (int i = 0; i < h.length; i++) {
            cells.text(mh, i, h[i].strip(), st.header);
        }
        if (moves.isEmpty()) {
            cells.text(sheet.createRow(r++), 0, "Every school starts in the same cohort in every scenario.");
        }
        int since = 0;
        for (Move m : moves) {
            Row row = sheet.createRow(r++);
            cells.text(row, 0, m.scenario());
            cells.text(row, 1, m.school().id());
            cells.text(row, 2, m.school().name());
            cells.number(row, 3, m.fromCohort(), st.integer);
            cells.text(row, 4, m.fromYear().label());
            cells.number(row, 5, m.toCohort(), st.integer);
            cells.text(row, 6, m.toYear().label());
            cells.number(row, 7, m.years(), st.integer);
            if (++since == 1000) {
                progress.rows(since);
                since = 0;
            }
        }
        progress.rows(since);
    }
}
