package org.rolloutplanner.io.export;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.time.YearMonth;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.rolloutplanner.domain.rollout.Check;
import org.rolloutplanner.domain.rollout.LevelGate;
import org.rolloutplanner.domain.rollout.Plan;
import org.rolloutplanner.domain.rollout.Scenario;
import org.rolloutplanner.domain.rollout.Warning;

/** Summary: district, scenario, the rules in plain words, key figures and warnings. */
final class SummarySheet implements SheetPart {

    private final PlanExport export;
    private final Cells cells;
    private final Widths widths = new Widths(3);
    private int r;

    SummarySheet(PlanExport export, Cells cells) {
        this.export = export;
        this.cells = cells;
    }

    @Override
    public void template(XSSFSheet sheet) {
        ExportedPlan main = export.main();
        Scenario sc = main.scenario();
        Plan plan = main.plan();
        var st = cells.styles;
        cells.text(Cells.row(sheet, r++), 0, "Rollout plan: " + main.name(), st.title);
        r++;
        pair(sheet, "District", export.district());
        pair(sheet, "Scenario", main.name());
        Row exported = Cells.row(sheet, r++);
        cells.text(exported, 0, "Exported on", st.bold);
        cells.date(exported, 1, export.exportedOn(), st.day);
        if (export.plans().size() > 1) {
            pair(sheet, "Compared with", String.join(", ", export.plans().subList(1, export.plans().size()).stream()
                    .map(ExportedPlan::name).toList()) + " (see the Compare sheet)");
        }
        if (export.sheetsInOrder().contains(ExportSheet.SELECTION)) {
            pair(sheet, "Selection round", export.selection().round().name() + " (see the Selection sheet)");
        }

        section(sheet, "The rules");
        pair(sheet, "First school year", sc.calendar().firstYear().label() + ", school years start in "
                + java.time.Month.of(sc.calendar().startMonth()).getDisplayName(java.time.format.TextStyle.FULL,
                        java.util.Locale.ENGLISH));
        pair(sheet, "Phases of every cohort", sc.phases().describe());
        pair(sheet, "A school launches", "when " + sc.phases().phases().get(sc.phases().launchPhase()).name() + " starts");
        boolean first = true;
        for (Plan.RuleOutcome o : plan.rules()) {
            String calc = o.calculation() == null || o.calculation().isBlank() ? "" : " (" + o.calculation() + ")";
            pair(sheet, first ? "Rules, in order" : "", o.description() + calc);
            first = false;
        }
        pair(sheet, "Order of schools", sc.order().describe());
        pair(sheet, "Rounding", "numbers of schools are " + sc.rounding().phrase());
        first = true;
        for (LevelGate g : sc.gates()) {
            pair(sheet, first ? "Level gates" : "", g.describe());
            first = false;
        }
        if (!sc.pins().isEmpty()) {
            pair(sheet, "Pinned schools", sc.pins().size() + (sc.pins().size() == 1 ? " school is" : " schools are")
                    + " placed by hand (see the Schools sheet)");
        }
        if (!plan.excluded().isEmpty()) {
            pair(sheet, "Excluded schools", plan.excluded().size() + (plan.excluded().size() == 1 ? " school is" : " schools are")
                    + " left out of the plan");
        }
        first = true;
        for (Plan.TargetResult t : plan.targets()) {
            pair(sheet, first ? "Targets" : "", t.target().describe() + ": " + (t.met() ? "met"
                    : "missed (" + Math.round(t.achieved() * 10) / 10.0 + "% by then)"));
            first = false;
        }
        for (Check c : sc.checks()) {
            if (c instanceof Check.Budget b) {
                pair(sheet, "Budget limit", "$" + String.format(java.util.Locale.US, "%,d", b.perSchoolYear()) + " per school year");
            } else if (c instanceof Check.PhaseCapacity pc) {
                pair(sheet, "Capacity", "at most " + pc.capacity() + " schools in " + pc.phase() + " at once (" + pc.what() + ")");
            }
        }

        section(sheet, "Key figures");
        number(sheet, "Schools in the plan", plan.schoolCount(), st.integer);
        number(sheet, "Students in the plan", plan.studentCount(), st.integer);
        number(sheet, "Number of cohorts", plan.cohorts().size(), st.integer);
        pair(sheet, "Completion school year", plan.completion().map(y -> y.label())
                .orElse(plan.placements().isEmpty() ? "no school is placed" : "not every school is placed"));
        if (!plan.cohorts().isEmpty()) {
            String phase = plan.cohorts().getFirst().phases().getFirst().name();
            number(sheet, "Peak schools in " + phase + " at once", peakInPhase(plan, phase), st.integer);
        }
        number(sheet, "Total cost", plan.years().stream().mapToLong(Plan.YearSummary::cost).sum(), st.money);
        if (!plan.unplaced().isEmpty()) {
            number(sheet, "Schools no rule placed", plan.unplaced().size(), st.integer);
        }

        section(sheet, "Warnings");
        if (plan.warnings().isEmpty()) {
            pair(sheet, "", "No warnings: every check passes.");
        }
        for (Warning w : plan.warnings()) {
            String where = (w.schoolYear() == null ? "" : w.schoolYear().label())
                    + (w.cohort() == null ? "" : (w.schoolYear() == null ? "" : ", ") + "cohort " + w.cohort());
            pair(sheet, where.isEmpty() ? "Plan" : where, w.message());
        }

        widths.see(1, 20);
        int[] chars = widths.chars();
        sheet.setColumnWidth(0, Math.clamp(chars[0] + 2, 12, 40) * 256);
        sheet.setColumnWidth(1, Math.clamp(chars[1] + 2, 20, 100) * 256);
        sheet.getPrintSetup().setLandscape(false);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    private void section(XSSFSheet sheet, String title) {
        r++;
        Row row = Cells.row(sheet, r++);
        cells.text(row, 0, title, cells.styles.section);
        cells.text(row, 1, "", cells.styles.section);
    }

    private void pair(XSSFSheet sheet, String label, String value) {
        Row row = Cells.row(sheet, r++);
        cells.text(row, 0, label, cells.styles.bold);
        cells.text(row, 1, value, value != null && value.length() > 100 ? cells.styles.wrapped : cells.styles.text);
        widths.see(0, label).see(1, value);
    }

    private void number(XSSFSheet sheet, String label, double value, CellStyle style) {
        Row row = Cells.row(sheet, r++);
        cells.text(row, 0, label, cells.styles.bold);
        cells.number(row, 1, value, style);
        widths.see(0, label);
    }

    /** Most schools in the named phase in any one month. */
    static int peakInPhase(Plan plan, String phase) {
        Map<YearMonth, Integer> delta = new TreeMap<>();
        for (Plan.Cohort c : plan.cohorts()) {
            for (Plan.PhaseSpan span : c.phases()) {
                if (span.name().equals(phase) && span.start() != null) {
                    delta.merge(span.start(), c.size(), Integer::sum);
                    if (span.end() != null) {
                        delta.merge(span.end().plusMonths(1), -c.size(), Integer::sum);
                    }
                }
            }
        }
        int now = 0;
        int peak = 0;
        for (int d : delta.values()) {
            now += d;
            peak = Math.max(peak, now);
        }
        return peak;
    }

}
