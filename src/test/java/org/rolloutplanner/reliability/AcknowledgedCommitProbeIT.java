package org.rolloutplanner.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Open the workspace the app's way, commit one district, stop the JVM dead; five times on the same file. Every
 * acknowledged district must be there afterwards. Before the workspace was opened with {@code REUSE_SPACE=FALSE}
 * this lost about half of them (8 of 15 in one run, 14 of 15 in another), see docs/reliability.md.
 */
class AcknowledgedCommitProbeIT {

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedCommitSurvivesAHaltedJvm() throws Exception {
        long[] r = AcknowledgedCommitProbe.run(dir.resolve("ack.mv.db"), 5, "app");

        assertThat(r[0]).as("commits acknowledged").isEqualTo(5);
        assertThat(r[1]).as("districts kept").isEqualTo(r[0]);
    }
}
