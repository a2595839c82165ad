package org.rolloutplanner.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A short crash run in the normal build (the full run is the command in docs/reliability.md): after every kill the
 * file passes the check and holds exactly the last acknowledged state or that state plus the one commit in flight, as
 * the child's protocol file tells (the pipe can lose a killed child's last lines: docs/reliability.md).
 */
class CrashHarnessIT {

    @TempDir
    Path dir;

    @Test
    void killsDuringEditsLeaveAWorkspaceThatOpensPassesTheCheckAndKeepsEveryAcknowledgedCommit() throws Exception {
        var r = CrashHarness.run(dir.resolve("crash.mv.db"), 5, 7, line -> { });

        assertThat(r.corrupted()).as(r.failures().toString()).isZero();
        assertThat(r.lostAcknowledged()).as(r.failures().toString()).isZero();
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
