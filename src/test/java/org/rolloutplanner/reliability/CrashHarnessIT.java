package org.rolloutplanner.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A short crash run in the normal build (the full run is the command in docs/reliability.md): after every kill the
 * file passes the check, opens, and holds the last acknowledged commit (or that plus the one in flight).
 */
class CrashHarnessIT {

    @TempDir
    Path dir;

    @Test
    void killsDuringEditsLoseNothingAcknowledgedAndLeaveAWorkspaceThatPassesTheCheck() throws Exception {
        var r = CrashHarness.run(dir.resolve("crash.mv.db"), 5, 7, line -> { });

        assertThat(r.corrupted()).as(r.failures().toString()).isZero();
        assertThat(r.lostAcknowledged()).as(r.failures().toString()).isZero();
        assertThat(r.acknowledgedCommits()).as("the child really edited before being killed").isPositive();
    }
}
