package org.rolloutplanner.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sixty random undo/redo sequences in the normal build (10,000 by the command in docs/reliability.md). */
class UndoRedoPropertyIT {

    @TempDir
    Path dir;

    @Test
    void undoingEverythingGivesTheStartAndRedoingEverythingTheEnd() {
        var r = UndoRedoProperty.run(dir, 60, 5);

        assertThat(r.failures()).isEmpty();
        assertThat(r.mismatches()).isZero();
        assertThat(r.steps()).isGreaterThan(400);
    }
}
