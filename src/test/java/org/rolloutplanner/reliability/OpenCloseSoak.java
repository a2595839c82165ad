package org.rolloutplanner.reliability;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.rolloutplanner.app.UserFacingException;
import org.rolloutplanner.app.workspace.OpenMode;
import org.rolloutplanner.persistence.WorkspaceContent;
import org.rolloutplanner.persistence.WorkspaceOpener;
import org.rolloutplanner.persistence.WorkspaceServices;

/**
 * Open, edit, close, again and again; every other cycle closes with {@code SHUTDOWN COMPACT} (H2 rewrites the whole
 * file). After each reopen the workspace must hold exactly what it held when it was closed. Full run:
 * {@code java -cp … org.rolloutplanner.reliability.OpenCloseSoak 5000}.
 */
public final class OpenCloseSoak {

    /** What a run found. */
    public record Result(int cycles, int compactions, int failedReopens, int changedContent, List<String> failures) {
        public String describe() {
            return String.format("open/close: %d cycles (%d closed with SHUTDOWN COMPACT), %d failed reopens, "
                    + "%d reopens with other content than was closed", cycles, compactions, failedReopens,
                    changedContent);
        }
    }

    private OpenCloseSoak() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : System.nanoTime();
        Result r = run(Files.createTempDirectory("rollout-planner-soak").resolve("soak.mv.db"), n, seed);
        System.out.println(r.describe() + " (seed " + seed + ")");
        r.failures().forEach(f -> System.out.println("  " + f));
        System.exit(r.failedReopens() + r.changedContent() == 0 ? 0 : 1);
    }

    public static Result run(Path file, int cycles, long seed) {
        Random random = new Random(seed);
        List<ReliabilityEdit> edits = ReliabilityEdits.standard();
        String expected = null;
        int failed = 0;
        int changed = 0;
        int compactions = 0;
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < cycles; i++) {
            WorkspaceServices s;
            try {
                s = WorkspaceServices.of(new WorkspaceOpener().open(file, OpenMode.CREATE_IF_MISSING));
            } catch (RuntimeException e) {
                failed++;
                failures.add("cycle " + i + ": reopening failed: " + e.getMessage());
                break;
            }
            try (s) {
                String now = WorkspaceContent.of(s.workspace()).digest();
                if (expected != null && !expected.equals(now)) {
                    changed++;
                    failures.add("cycle " + i + ": the workspace holds other content than when it was closed");
                }
                for (int k = random.nextInt(4); k >= 0; k--) {
                    try {
                        edits.get(random.nextInt(edits.size())).apply(s, random);
                    } catch (UserFacingException refused) {
                        // a random edit the rules refuse changes nothing
                    }
                }
                expected = WorkspaceContent.of(s.workspace()).digest();
                if (i % 2 == 1) {
                    compactions++;
                    try {
                        s.workspace().dsl().execute("SHUTDOWN COMPACT");
                    } catch (org.jooq.exception.DataAccessException closedByIt) {
                        // H2 answers SHUTDOWN with "database is already closed": it closed it, as asked
                    }
                }
            }
        }
        return new Result(cycles, compactions, failed, changed, failures);
    }
}
