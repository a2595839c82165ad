package org.rolloutplanner.io.export;

import java.nio.file.Path;

/** Exports written to a file atomically (see {@link AtomicFiles}): the workbook, and the schools as CSV. */
public final class Exports {

    private Exports() {
    }

    /** Writes the workbook to {@code target}; the previous file stays as it was when anything fails or is cancelled. */
    public static PlanWorkbookWriter.Result workbook(PlanExport export, Path target, ExportProgress progress) {
        PlanWorkbookWriter.Result[] result = new PlanWorkbookWriter.Result[1];
        AtomicFiles.write(target, out -> result[0] = PlanWorkbookWriter.write(export, out, progress));
        return result[0];
    }

    /** Writes the schools of one plan, with cohorts and dates, as CSV for Excel. */
    public static void schoolsCsv(ExportedPlan plan, Path target, ExportProgress progress) {
        AtomicFiles.write(target, out -> SchoolsCsvWriter.write(plan, out, progress));
    }
}
