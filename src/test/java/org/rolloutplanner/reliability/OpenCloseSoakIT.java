package org.rolloutplanner.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A short open/edit/close soak in the normal build (5,000 cycles by the command in docs/reliability.md). */
class OpenCloseSoakIT {

    @TempDir
    Path dir;

    @Test
    void everyReopenHoldsExactlyWhatWasClosedWithAndWithoutCompaction() {
        var r = OpenCloseSoak.run(dir.resolve("soak.mv.db"), 40, 3);

        assertThat(r.failures()).isEmpty();
        assertThat(r.compactions()).isEqualTo(20);
    }
}
