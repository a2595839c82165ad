package org.rolloutplanner.io.export;

import java.util.EnumSet;
import java.util.Set;

/**
 * The sheets of an exported workbook, in workbook order, with their tab names. A Selection sheet (criteria, scores,
 * ranks) goes between {@link #BUDGET} and {@link #COMPARE} once selection rounds exist: add a constant there and a
 * {@code SheetPart} for it in {@link PlanWorkbookWriter}.
 */
public enum ExportSheet {
    SUMMARY("Summary", "district, scenario, rules, key figures and warnings"),
    TIMELINE("Timeline", "month-by-month grid of every school's phases"),
    COHORTS("Cohorts", "each cohort with its schools and phase dates"),
    SCHOOLS("Schools", "the roster with cohorts and dates, as a filterable table"),
    COVERAGE("Coverage", "schools and students started and launched per school year, with a chart"),
    BUDGET("Budget", "costs per school year and per item"),
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

    /** Every sheet (Compare is left out of a one-scenario export by the writer). */
    public static Set<ExportSheet> all() {
        return EnumSet.allOf(ExportSheet.class);
    }
}
