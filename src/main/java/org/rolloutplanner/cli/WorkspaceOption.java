package org.rolloutplanner.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.rolloutplanner.app.workspace.OpenMode;
import org.rolloutplanner.app.workspace.WorkspaceException;
import org.rolloutplanner.persistence.WorkspaceOpener;
import org.rolloutplanner.persistence.WorkspaceServices;
import picocli.CommandLine.Option;

/** The {@code --workspace FILE} option of commands that read or change a workspace. */
public final class WorkspaceOption {

    @Option(names = "--workspace", paramLabel = "FILE", required = true,
            description = "The workspace file (with or without its .mv.db ending).")
    Path workspace;

    public WorkspaceServices open(OpenMode mode) {
        return WorkspaceServices.of(new WorkspaceOpener().open(workspace, mode));
    }

    /**
     * Opens the workspace read-only. When the window (another copy of the app) has it open, reads a copy of its
     * last saved state instead, and says so on {@code err}: a script that only reads need not fail then.
     */
    public WorkspaceServices openForReading(PrintWriter err) {
        var opener = new WorkspaceOpener();
        try {
            return WorkspaceServices.of(opener.open(workspace, OpenMode.READ_ONLY));
        } catch (WorkspaceException e) {
            if (e.kind() != WorkspaceException.Kind.IN_USE) {
                throw e;
            }
            err.println("Note: " + e.file() + " is open in another copy of Rollout Planner; reading a copy of its "
                    + "last saved state.");
            err.flush();
            return WorkspaceServices.of(opener.openReadOnlyCopy(workspace));
        }
    }
}
