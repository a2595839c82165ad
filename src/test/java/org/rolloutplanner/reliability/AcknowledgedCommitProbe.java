package org.rolloutplanner.reliability;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.concurrent.TimeUnit;
import org.rolloutplanner.app.workspace.OpenMode;
import org.rolloutplanner.domain.district.DistrictProfile;
import org.rolloutplanner.persistence.WorkspaceFiles;
import org.rolloutplanner.persistence.WorkspaceOpener;
import org.rolloutplanner.persistence.WorkspaceServices;

/**
 * The smallest reproduction of the lost acknowledged commits the crash harness found: a child JVM opens the
 * workspace, commits one district, prints "ACK", and stops dead ({@code Runtime.halt}, no shutdown hooks, like
 * {@code kill -9}); N times in a row on the same file. Then counts the districts: each ACK must have left one.
 * {@code raw} does the same with plain JDBC on the same URL (no Flyway, no jOOQ) for comparison.
 * Run: {@code java -cp … org.rolloutplanner.reliability.AcknowledgedCommitProbe 20 app|raw}.
 */
public final class AcknowledgedCommitProbe {

    private AcknowledgedCommitProbe() {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("child")) {
            child(Path.of(args[1]), args[2]);
            return;
        }
        int n = Integer.parseInt(args[0]);
        String how = args.length > 1 ? args[1] : "app";
        Path file = Files.createTempDirectory("rollout-planner-ack").resolve("ack.mv.db");
        long[] r = run(file, n, how);
        System.out.printf("%s: %d commits acknowledged, %d kept, %d lost%n", how, r[0], r[1], r[0] - r[1]);
        System.exit(r[0] == r[1] ? 0 : 1);
    }

    /** Runs {@code n} sessions on a new workspace at {@code file}; returns {acknowledged, kept}. */
    static long[] run(Path file, int n, String how) throws Exception {
        try (var s = WorkspaceServices.of(new WorkspaceOpener().open(file, OpenMode.CREATE_IF_MISSING))) {
            s.workspace().dsl().execute("SELECT 1");
        }
        long acks = 0;
        for (int i = 0; i < n; i++) {
            Process p = new ProcessBuilder(CrashHarness.javaBinary(), "-XX:TieredStopAtLevel=1", "-cp",
                    System.getProperty("java.class.path"), AcknowledgedCommitProbe.class.getName(), "child",
                    file.toString(), how)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(p.getInputStream().readAllBytes()).trim();
            p.waitFor(60, TimeUnit.SECONDS);
            if (out.endsWith("ACK")) {
                acks++;
            }
        }
        // counted on a read-write open, as the app opens it
        try (var s = WorkspaceServices.of(new WorkspaceOpener().open(file, OpenMode.EXISTING))) {
            return new long[] {acks, s.workspace().dsl().fetchCount(org.jooq.impl.DSL.table("district"))};
        }
    }

    private static void child(Path file, String how) throws Exception {
        if (how.equals("raw")) {
            try (Connection c = DriverManager.getConnection(WorkspaceFiles.of(file).jdbcUrl(false, true), "sa", "")) {
                c.setAutoCommit(false);
                c.createStatement().execute("INSERT INTO district (id, name) SELECT COALESCE(MAX(id), 0) + 1, 'D" + System.nanoTime()
                        + "' FROM district");
                c.commit();
                System.out.println("ACK");
                System.out.flush();
                Runtime.getRuntime().halt(9);
            }
        }
        var s = WorkspaceServices.of(new WorkspaceOpener().open(file, OpenMode.EXISTING));
        s.districts().create("D" + System.nanoTime(), DistrictProfile.EMPTY);
        System.out.println("ACK");
        System.out.flush();
        Runtime.getRuntime().halt(9);
    }
}
