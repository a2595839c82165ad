package org.rolloutplanner.reliability;

import java.nio.file.Files;
import java.nio.file.Path;
import org.rolloutplanner.app.workspace.OpenMode;
import org.rolloutplanner.domain.district.DistrictProfile;
import org.rolloutplanner.persistence.WorkspaceOpener;
import org.rolloutplanner.persistence.WorkspaceServices;

/**
 * What a commit costs: N renames of a district in one session, each its own commit; prints the time per commit, the
 * file size before and after them, and after closing (the workspace is compacted on close).
 * Run: {@code java -cp … org.rolloutplanner.reliability.CommitCost 200}.
 */
public final class CommitCost {

    private CommitCost() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        Path file = Files.createTempDirectory("rollout-planner-commit-cost").resolve("cost.mv.db");
        long before;
        long after;
        double perCommit;
        try (var s = WorkspaceServices.of(new WorkspaceOpener().open(file, OpenMode.CREATE_IF_MISSING))) {
            var d = s.districts().create("Cost", DistrictProfile.EMPTY);
            for (int i = 0; i < 20; i++) {
                d = s.districts().rename(d, "Warm-up " + i);
            }
            before = Files.size(file);
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                d = s.districts().rename(d, "Cost " + i);
            }
            perCommit = (System.nanoTime() - t0) / 1e6 / n;
            after = Files.size(file);
        }
        System.out.printf("commit cost: %d commits, %.2f ms per commit; file %d KB before them, %d KB after, %d KB "
                + "after closing%n", n, perCommit, before / 1024, after / 1024, Files.size(file) / 1024);
    }
}
