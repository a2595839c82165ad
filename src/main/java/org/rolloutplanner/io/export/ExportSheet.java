package org.rolloutplanner.io.export;

import java.util.EnumSet;
import java.util.Set;

/**
 * The sheets of an exported workbook, in workbook order, with their tab names. Selection is written only when the
 * export carries a selection round ({@link PlanExport#selection()}), Compare only with two or more scenarios.
 */
public enum ExportSheet {
    SUMMARY("Summary", "district, scenario, rules, key figures and warnings"),
    TIMELINE("Timeline", "month-by-month grid of every school's phases"),
    COHORTS("Cohorts", "each cohort with its schools and phase dates"),
    SCHOOLS("Schools", "the roster with cohorts and dates, as a filterable table"),
    COVERAGE("Coverage", "schools and students started and launched per school year, with a chart"),
    BUDGET("Budget", "costs per school year and per item"),
    SELECTION("Selection", "criteria and weights, scores, ranks, tie-breaks, composition rules and why each school is in "
            + "or out (only when the scenario came from a selection round)"),
    COMPARE("Compare", "scenarios side by side and the schools that change cohort (only with two or more scenarios)");

    private final String title;
    private final String contents;

    ExportSheet(String title, String contents) {
        this.title = title;
        this.contents = contents;
    }

    /** The sheet's tab name. */
    public String title() {
        return title;
    }

    /** What the sheet holds, in plain words (for the export screen). */
    public String contents() {
        return contents;
    }

    /** Every sheet (Compare and Selection are left out by the writer when they have nothing to show). */
    public static Set<ExportSheet> all() {
        return EnumSet.allOf(ExportSheet.class);
    }
}
