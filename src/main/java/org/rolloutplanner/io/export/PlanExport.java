package org.rolloutplanner.io.export;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.rolloutplanner.domain.selection.SelectionOutcome;

/**
 * What goes into a workbook: the district, one scenario (or several to compare; the first is the one the detail
 * sheets describe and the baseline of Compare), the sheets to include, the export date shown on Summary, and the
 * selection round the first scenario came from (null when none; then there is no Selection sheet).
 */
public record PlanExport(String district, List<ExportedPlan> plans, Set<ExportSheet> sheets, LocalDate exportedOn,
        SelectionOutcome selection) {

    public PlanExport {
        Objects.requireNonNull(district, "district");
        Objects.requireNonNull(exportedOn, "exportedOn");
        plans = List.copyOf(plans);
        if (plans.isEmpty()) {
            throw new IllegalArgumentException("Pick at least one scenario to export.");
        }
        sheets = sheets.isEmpty() ? EnumSet.noneOf(ExportSheet.class) : EnumSet.copyOf(sheets);
        if (sheets.isEmpty()) {
            throw new IllegalArgumentException("Pick at least one sheet to export.");
        }
    }

    /** An export without a selection round. */
    public PlanExport(String district, List<ExportedPlan> plans, Set<ExportSheet> sheets, LocalDate exportedOn) {
        this(district, plans, sheets, exportedOn, null);
    }

    /** The same export with the Selection sheet of this round (null: none). */
    public PlanExport withSelection(SelectionOutcome outcome) {
        return new PlanExport(district, plans, sheets, exportedOn, outcome);
    }

    public static PlanExport of(String district, List<ExportedPlan> plans) {
        return new PlanExport(district, plans, ExportSheet.all(), LocalDate.now());
    }

    public ExportedPlan main() {
        return plans.getFirst();
    }

    /**
     * The sheets the workbook will have, in order: Compare only when there are several scenarios, Selection only with a
     * selection round.
     */
    public List<ExportSheet> sheetsInOrder() {
        return sheets.stream().filter(s -> s != ExportSheet.COMPARE || plans.size() > 1)
                .filter(s -> s != ExportSheet.SELECTION || selection != null).sorted().toList();
    }
}
