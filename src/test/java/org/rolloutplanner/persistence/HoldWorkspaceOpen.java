package org.rolloutplanner.persistence;

import java.io.IOException;
import java.nio.file.Path;
import org.rolloutplanner.app.workspace.OpenMode;
import org.rolloutplanner.domain.school.School;
import org.rolloutplanner.domain.school.SchoolLevel;

/**
 * Test helper run in a separate JVM: another copy of the app holding a workspace open. With a second argument
 * {@code DISTRICT:SCHOOL_ID} it first adds that school. It prints "OPEN" once ready and closes the workspace
 * when its standard input ends (or dies when it is killed).
 */
public final class HoldWorkspaceOpen {

    private HoldWorkspaceOpen() {
    }

    public static void main(String[] args) throws IOException {
        try (var ws = WorkspaceServices.of(new WorkspaceOpener().open(Path.of(args[0]), OpenMode.EXISTING))) {
            if (args.length > 1) {
                String[] parts = args[1].split(":", 2);
                var d = ws.districts().require(parts[0]);
                ws.schools().add(d.key(), new School(0, parts[1], "Added before the crash", SchoolLevel.MIDDLE, "06",
                        "08", 432, 12.5, "West", "", 80.0, null));
            }
            System.out.println("OPEN " + ws.workspace().path());
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait until the test closes our input
            }
        }
    }
}
