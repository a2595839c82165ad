package org.rolloutplanner.cli;

import java.nio.file.Path;
import org.rolloutplanner.app.workspace.OpenMode;
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
}
