package org.rolloutplanner.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A short crash run in the normal build (the full run is the command in docs/reliability.md). It asserts that a kill
 * never leaves a file that fails the check, and that the harness really edited. It does not assert "no lost
 * acknowledged commit": a rare case remains (about 3 kills in 1,000 since V012, 15 in 1,000 before) where the reopened
 * workspace holds every acknowledged commit plus the edit that was under way, whole, although the child had not yet
 * printed that edit's state; the harness counts it as lost because it cannot compare it (docs/reliability.md). The
 * command reports the count and exits 1 while it is not zero.
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
