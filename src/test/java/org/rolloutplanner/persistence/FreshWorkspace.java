package org.rolloutplanner.persistence;

import java.nio.file.Path;
import org.rolloutplanner.app.workspace.OpenMode;

/** A new, empty workspace migrated by Flyway, as the repository tests of one class share it. */
final class FreshWorkspace {

    private FreshWorkspace() {
    }

    static WorkspaceServices in(Path dir) {
        return WorkspaceServices.of(new WorkspaceOpener().open(dir.resolve("test-workspace.mv.db"),
                OpenMode.CREATE_IF_MISSING));
    }
}
