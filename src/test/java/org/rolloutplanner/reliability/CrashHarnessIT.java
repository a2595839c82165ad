package org.rolloutplanner.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A short crash run in the normal build (the full run is the command in docs/reliability.md). It asserts that a kill
 * never leaves a file that fails the check. It does not assert "no lost acknowledged commit": the loss that
 * {@link AcknowledgedCommitProbeIT} reproduced is fixed, but a rarer one remains with H2 2.5.252 (a reopened file one
 * or two school rows away from the last acknowledged state: 2 kills in 270 in one run, 1 in 8 in another; none in
 * 100 kills on H2 2.3.232; see docs/reliability.md). The command reports the count and exits 1 while it is not zero.
 */
class CrashHarnessIT {

    @TempDir
    Path dir;

    @Test
    void killsDuringEditsLeaveAWorkspaceThatOpensAndPassesTheCheck() throws Exception {
        var r = CrashHarness.run(dir.resolve("crash.mv.db"), 5, 7, line -> { });

        assertThat(r.corrupted()).as(r.failures().toString()).isZero();
        assertThat(r.acknowledgedCommits()).as("the child really edited before being killed").isPositive();
    }

    /** Creating a workspace is one step: a kill during it leaves no workspace or a complete one, nothing between. */
    @Test
    void killsWhileTheWorkspaceIsCreatedLeaveNoWorkspaceOrACompleteOne() throws Exception {
        var r = CrashHarness.run(dir.resolve("created.mv.db"), 3, 3, 11, line -> { });

        assertThat(r.corrupted()).as(r.failures().toString()).isZero();
        assertThat(r.creationKills()).as("kills that landed while the child was creating the workspace").isPositive();
        assertThat(r.creationLeftNothing() + r.creationLeftComplete()).isEqualTo(r.creationKills());
        assertThat(CrashHarness.strayWorkspaceFiles(dir.resolve("created.mv.db"))).isNull();
    }
}
