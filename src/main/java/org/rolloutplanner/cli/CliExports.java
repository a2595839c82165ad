package org.rolloutplanner.cli;

import java.nio.file.Path;
import org.rolloutplanner.app.UserFacingException;
import org.rolloutplanner.io.export.ExportFailedException;
import org.rolloutplanner.io.export.ExportProgress;
import org.rolloutplanner.io.export.ExportedPlan;
import org.rolloutplanner.io.export.Exports;
import org.rolloutplanner.io.export.PlanExport;
import org.rolloutplanner.io.export.PlanWorkbookWriter;

/** The exports as commands run them: a file that cannot be written is bad input (exit code 2, plain message). */
final class CliExports {

    private CliExports() {
    }

    static PlanWorkbookWriter.Result workbook(PlanExport export, Path out, ExportProgress progress) {
        try {
            return Exports.workbook(export, out, progress);
        } catch (ExportFailedException e) {
            throw new UserFacingException(e.getMessage(), 2, e);
        }
    }

    static void schoolsCsv(ExportedPlan plan, Path out, ExportProgress progress) {
        try {
            Exports.schoolsCsv(plan, out, progress);
        } catch (ExportFailedException e) {
            throw new UserFacingException(e.getMessage(), 2, e);
        }
    }
}
