package org.rolloutplanner.io.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a plan (or several, to compare) as one .xlsx workbook: Summary, Timeline, Cohorts, Schools, Coverage, Budget,
 * Selection when the scenario came from a selection round, and, with two or more scenarios, Compare, in that order
 * (see ADR 0010).
 *
 * <p>All sheets are first made in memory (XSSF) with their layout, tables, the Coverage chart and the formula rows,
 * whose values are then computed so every reader sees them; the workbook is then wrapped in POI's streaming writer
 * (SXSSF), which appends the bulk rows (one per school on Timeline, Cohorts, Schools, Compare) while holding only a
 * window of rows in memory. Styles are made once and shared.
 */
public final class PlanWorkbookWriter {

    /** Rows the streaming writer keeps in memory before flushing them to its temporary file. */
    private static final int WINDOW = 200;

    /** What was written: sheets in order and the number of cells. */
    public record Result(List<String> sheets, long cells) {
    }

    private PlanWorkbookWriter() {
    }

    /** Writes the workbook to {@code out} (not closed). Throws {@link ExportCancelledException} when cancelled. */
    public static Result write(PlanExport export, OutputStream out, ExportProgress progress) throws IOException {
        progress.checkCancelled();
        progress.update(0, "Preparing the workbook");
        ExportedPlan main = export.main();
        try (XSSFWorkbook xssf = new XSSFWorkbook()) {
            WorkbookStyles styles = new WorkbookStyles(xssf, main.scenario().phases());
            Cells cells = new Cells(styles);
            Map<ExportSheet, SheetPart> parts = new LinkedHashMap<>();
            for (ExportSheet s : export.sheetsInOrder()) {
                parts.put(s, part(s, export, cells));
            }
            List<String> names = new ArrayList<>();
            for (var e : parts.entrySet()) {
                XSSFSheet sheet = xssf.createSheet(e.getKey().title());
                names.add(sheet.getSheetName());
                e.getValue().template(sheet);
                progress.checkCancelled();
            }
            // values of the formulas for readers that do not compute them (openpyxl, previews); Excel recomputes on open
            XSSFFormulaEvaluator.evaluateAllFormulaCells(xssf);
            xssf.setForceFormulaRecalculation(true);
            xssf.setActiveSheet(0);

            long totalRows = Math.max(1, parts.values().stream().mapToLong(SheetPart::streamedRows).sum());
            long[] done = {0};
            SXSSFWorkbook streaming = new FastZipStreamingWorkbook(xssf, WINDOW);
            streaming.setCompressTempFiles(false);
            try {
                for (var e : parts.entrySet()) {
                    String step = "Writing the " + e.getKey().title() + " sheet";
                    progress.update(0.05 + 0.75 * done[0] / totalRows, step);
                    Sheet sheet = streaming.getSheet(e.getKey().title());
                    e.getValue().stream(sheet, written -> {
                        done[0] += written;
                        progress.checkCancelled();
                        progress.update(0.05 + 0.75 * done[0] / totalRows, step);
                    });
                }
                progress.checkCancelled();
                progress.update(0.85, "Saving the file");
                streaming.write(out);
            } finally {
                streaming.dispose();
            }
            progress.update(1, "Done");
            return new Result(names, cells.count());
        }
    }

    private static SheetPart part(ExportSheet sheet, PlanExport export, Cells cells) {
        return switch (sheet) {
            case SUMMARY -> new SummarySheet(export, cells);
            case TIMELINE -> new TimelineSheet(export.main(), cells);
            case COHORTS -> new CohortsSheet(export.main(), cells);
            case SCHOOLS -> new SchoolsSheet(export.main(), cells);
            case COVERAGE -> new CoverageSheet(export.main(), cells);
            case BUDGET -> new BudgetSheet(export.main(), cells);
            case SELECTION -> new SelectionSheet(export.selection(), export.main(), cells);
            case COMPARE -> new CompareSheet(export.plans(), cells);
        };
    }
}
