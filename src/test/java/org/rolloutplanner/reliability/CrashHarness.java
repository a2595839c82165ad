package org.rolloutplanner.reliability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.rolloutplanner.app.workspace.OpenMode;
import org.rolloutplanner.persistence.WorkspaceCheck;
import org.rolloutplanner.persistence.WorkspaceContent;
import org.rolloutplanner.persistence.WorkspaceFiles;
import org.rolloutplanner.persistence.WorkspaceOpener;
import org.rolloutplanner.persistence.WorkspaceServices;

/**
 * Kills a workspace-editing child JVM ({@link CrashChild}) with SIGKILL ({@code Process.destroyForcibly()}, i.e.
 * {@code kill -9}) at random moments, again and again on the same workspace, and after every kill checks: the file
 * passes {@link WorkspaceCheck} (opens, every table and index reads, every rule holds), it opens normally, and it
 * holds every acknowledged commit (its content is the last acknowledged state or the one commit in flight).
 *
 * <p>Full run: {@code java -cp … org.rolloutplanner.reliability.CrashHarness 1000} (see docs/reliability.md).
 */
public final class CrashHarness {

    /** What a run found. */
    public record Result(int kills, int corrupted, int lostAcknowledged, long acknowledgedCommits, long maxReopenMillis,
            double meanReopenMillis, List<String> failures, int creationKills, int creationLeftNothing,
            int creationLeftComplete) {

        public String describe() {
            return String.format("crash harness: %d kills, %d acknowledged commits, %d corrupted files, "
                            + "%d lost acknowledged commits, reopen after kill mean %.0f ms, max %d ms; "
                            + "%d kills while creating the workspace: %d left no workspace, %d a complete one",
                    kills, acknowledgedCommits, corrupted, lostAcknowledged, meanReopenMillis, maxReopenMillis,
                    creationKills, creationLeftNothing, creationLeftComplete);
        }
    }

    private CrashHarness() {
    }

    public static void main(String[] args) throws Exception {
        int kills = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : System.nanoTime();
        Path dir = Files.createTempDirectory("rollout-planner-crash");
        int creations = Integer.getInteger("crash.creations", Math.max(1, kills / 10));
        Result r = run(dir.resolve("crash.mv.db"), kills, creations, seed, line -> System.out.println(line));
        System.out.println(r.describe() + " (seed " + seed + ")");
        r.failures().forEach(f -> System.out.println("  " + f));
        System.exit(r.corrupted() == 0 && r.lostAcknowledged() == 0 ? 0 : 1);
    }

    public static Result run(Path workspace, int kills, long seed, java.util.function.Consumer<String> progress)
            throws IOException, InterruptedException {
        return run(workspace, kills, 0, seed, progress);
    }

    /**
     * The first {@code creations} kills aim at the creation of a new workspace: each starts without a workspace and
     * kills the child while it creates one (at a random moment within the time a creation took so far). A kill then
     * must leave no workspace, or a complete one that passes the check; never a half-made file, and no file of the
     * creation visible beside the workspace.
     */
    public static Result run(Path workspace, int kills, int creations, long seed,
            java.util.function.Consumer<String> progress) throws IOException, InterruptedException {
        Random random = new Random(seed);
        String current = null; // what the workspace holds between runs
        String lastGoodDigest = null;
        int corrupted = 0;
        int lost = 0;
        int creationKills = 0;
        int creationLeftNothing = 0;
        int creationLeftComplete = 0;
        long creationMillis = 1500; // how long a creation took last time (measured from CREATING to OPEN)
        long acks = 0;
        long maxReopen = 0;
        long totalReopen = 0;
        List<String> failures = new ArrayList<>();
        Path lastGood = workspace.resolveSibling("last-good.mv.db");
        // every state any child printed or any reopen found, so a lost commit can be told apart: an older state of
        // the run (H2 found an older chunk) or a state nobody printed
        java.util.Map<String, String> history = new java.util.HashMap<>();
        int pipeShort = 0; // kills after which the pipe had fewer lines than the child's protocol file
        for (int i = 1; i <= kills; i++) {
            Path protocolFile = workspace.resolveSibling("child-protocol.txt");
            Files.deleteIfExists(protocolFile);
            Process p = new ProcessBuilder(javaBinary(), "-XX:TieredStopAtLevel=1", "-Xmx256m",
                    "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-cp", System.getProperty("java.class.path"),
                    CrashChild.class.getName(), workspace.toString(), Long.toString(random.nextLong()),
                    protocolFile.toString())
                    .redirectError(workspace.resolveSibling("child-stderr.txt").toFile()).start();
            var reader = new ChildOutput(p, progress);
            reader.start();
            boolean aimAtCreation = i <= creations && current == null;
            // a fifth of the kills land while the child starts and opens the file; the rest while it edits
            String mode = System.getProperty("crash.early", "fifth");
            boolean early = mode.equals("always") || (!mode.equals("never") && random.nextInt(5) == 0);
            int delay = random.nextInt(1500);
            String when;
            if (aimAtCreation) {
                reader.awaitCreating(30_000);
                delay = random.nextInt((int) Math.max(100, Math.min(creationMillis, 20_000)));
                Thread.sleep(delay);
                when = "killed " + delay + " ms after it began creating the workspace, %d commits acknowledged";
            } else {
                if (!early) {
                    reader.awaitFirstAck(30_000);
                }
                Thread.sleep(delay);
                when = (early ? "killed " + delay + " ms after start" : "killed " + delay + " ms after the first "
                        + "acknowledgement") + ", " + "%d commits acknowledged";
            }
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
            // read every line the child wrote before judging: on a loaded machine the reader can still be behind
            // (a pipe holds up to 64 KB), and judging early compares the file with an old "last acknowledged" state
            reader.join(120_000);
            if (reader.isAlive()) {
                progress.accept("  kill " + i + ": the child's output was not read to its end within 2 minutes");
            }
            // judge by the child's protocol file, not by what came through the pipe: the pipe's last lines can be lost
            // when the child is killed (seen under load: a WILL and ACK the file had, the pipe did not)
            ChildOutput live = reader;
            if (Files.exists(protocolFile)) {
                List<String> written = Files.readAllLines(protocolFile, StandardCharsets.UTF_8);
                if (!written.isEmpty() && !written.getLast().isEmpty() && written.size() >= live.lines.size()) {
                    if (written.size() > live.lines.size()) {
                        pipeShort++;
                    }
                    reader = ChildOutput.replay(p, progress, written);
                }
            }
            if (reader.openDigest != null && current != null && !reader.openDigest.equals(current)) {
                lost++;
                failures.add("kill " + i + ": the workspace opened with other content than it held before");
                progress.accept("  " + failures.getLast());
            }
            acks += reader.acks;
            for (var w : reader.wills.entrySet()) {
                history.putIfAbsent(w.getKey(), "kill " + i + " " + w.getValue());
            }
            if (reader.refused > 3) {
                progress.accept("  kill " + i + ": " + reader.refused + " edits refused, e.g. " + reader.refusals);
            }
            String committed = reader.committed != null ? reader.committed
                    : reader.openDigest != null ? reader.openDigest : current;
            String pending = reader.pending;
            boolean inCreation = reader.creating && reader.openDigest == null;
            if (live.creating && live.openDigest != null) {
                creationMillis = live.creationMillis();
            }
            if (inCreation) {
                creationKills++;
            }
            String stray = strayWorkspaceFiles(workspace);
            if (stray != null) {
                corrupted++;
                failures.add("kill " + i + " (" + when.formatted(reader.acks) + "): a file of an unfinished creation "
                        + "is shown beside the workspace: " + stray);
                progress.accept("  " + failures.getLast());
            }
            if (!Files.exists(workspace)) {
                if (current != null) {
                    lost++;
                    failures.add("kill " + i + " (" + when.formatted(reader.acks) + "): the workspace file is gone");
                    progress.accept("  " + failures.getLast());
                    current = null;
                } else if (inCreation) {
                    // killed while creating the first workspace, before it was put in place: nothing was acknowledged
                    creationLeftNothing++;
                }
                continue;
            }
            // the file exactly as the kill left it, kept apart (not beside the workspace, where only a workspace belongs)
            Path evidence = Files.createDirectories(workspace.resolveSibling("evidence"));
            Path raw = evidence.resolve("as-killed.mv.db");
            Files.copy(workspace, raw, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            // a generous time limit: on a machine shared with other work a healthy file's check can take a while, and
            // a slow verdict must not count as a damaged file (the 10 s promise is measured by the corpus run)
            var verdict = new WorkspaceCheck(java.time.Duration.ofSeconds(120)).checkFile(workspace);
            if (inCreation) {
                if (verdict.healthy()) {
                    creationLeftComplete++;
                }
            }
            if (!verdict.healthy()) {
                corrupted++;
                failures.add("kill " + i + " (" + when.formatted(reader.acks) + "): " + (inCreation ? "killed while "
                        + "creating the workspace, it left a half-made file: " : "") + verdict.status() + " "
                        + verdict.problems());
                progress.accept("  " + failures.getLast());
                Files.copy(workspace, workspace.resolveSibling("corrupted-" + i + ".mv.db"));
                // go on from the last state that passed, so one damaged file does not end the run
                if (Files.exists(lastGood)) {
                    Files.copy(lastGood, workspace, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    current = lastGoodDigest;
                } else {
                    Files.delete(workspace);
                    current = null;
                }
                continue;
            }
            if (Boolean.getBoolean("crash.verbose")) {
                progress.accept("  kill " + i + " " + when.formatted(reader.acks) + ": healthy");
            }
            long t0 = System.nanoTime();
            String now;
            String nowCounts;
            try (var s = WorkspaceServices.of(new WorkspaceOpener().open(workspace, OpenMode.EXISTING))) {
                var content = WorkspaceContent.of(s.workspace());
                now = content.digest();
                nowCounts = new java.util.TreeMap<>(content.rowCounts()).values().toString();
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            maxReopen = Math.max(maxReopen, ms);
            totalReopen += ms;
            boolean ok = committed == null || now.equals(committed) || now.equals(pending);
            if (!ok) {
                lost++;
                failures.add("kill " + i + " (" + when.formatted(reader.acks) + "): the workspace does not hold the last acknowledged commit "
                        + reader.lastAck + " (it holds the state of " + reader.wills.getOrDefault(now, history.getOrDefault(now,
                        "no state any child printed") + " " + nowCounts) + "; in flight: " + (pending == null ? "none"
                        : reader.wills.get(pending)) + ")");
                progress.accept("  " + failures.getLast());
                // keep the evidence: the file as the kill left it was opened above, so keep the state before the
                // session (last-good) and the reopened file
                if (Files.exists(lastGood)) {
                    Files.copy(lastGood, evidence.resolve("before-lost-" + i + ".mv.db"),
                            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
                Files.copy(workspace, evidence.resolve("lost-" + i + ".mv.db"),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                Files.copy(raw, evidence.resolve("as-killed-lost-" + i + ".mv.db"),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                Files.write(evidence.resolve("child-output-lost-" + i + ".txt"), reader.lines);
                Files.write(evidence.resolve("child-pipe-lost-" + i + ".txt"), live.lines);
                Files.copy(workspace.resolveSibling("child-stderr.txt"), evidence.resolve("child-stderr-lost-" + i + ".txt"),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                try (var s = WorkspaceServices.of(new WorkspaceOpener().open(workspace, OpenMode.EXISTING))) {
                    progress.accept("    tables now: " + WorkspaceContent.tableFingerprints(
                            s.workspace()).values().toString().replace(" ", ""));
                }
            }
            history.putIfAbsent(now, "the reopen after kill " + i);
            current = now;
            Files.copy(workspace, lastGood, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            lastGoodDigest = now;
            if (i < creations) {
                // the next kill aims at a creation again: start without a workspace
                Files.delete(workspace);
                deleteTree(WorkspaceFiles.of(workspace).backupDirectory());
                current = null;
            }
            if (i % 10 == 0 || i == kills || Boolean.getBoolean("crash.verbose")) {
                progress.accept("  " + i + " kills, " + (acks) + " acknowledged commits, " + corrupted + " corrupted, "
                        + lost + " lost");
            }
        }
        if (pipeShort > 0) {
            progress.accept("  after " + pipeShort + " kills the pipe had not delivered the child's last lines; they were "
                    + "judged by the child's protocol file");
        }
        return new Result(kills, corrupted, lost, acks, maxReopen, kills == 0 ? 0 : (double) totalReopen / kills,
                failures, creationKills, creationLeftNothing, creationLeftComplete);
    }

    /**
     * A workspace-looking file ({@code *.mv.db}) beside the workspace that is not the workspace or one the harness
     * keeps: a creation must never leave one where people look for workspaces. Hidden creation folders are allowed.
     */
    static String strayWorkspaceFiles(Path workspace) throws IOException {
        try (var files = Files.list(workspace.toAbsolutePath().getParent())) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".mv.db") && !n.equals(workspace.getFileName().toString())
                            && !n.equals("last-good.mv.db") && !n.startsWith("corrupted-"))
                    .findFirst().orElse(null);
        }
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (var all = Files.walk(p)) {
            for (Path f : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }

    static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Reads the child's lines: OPEN digest, WILL n digest, ACK n. */
    private static final class ChildOutput extends Thread {
        private final Process process;
        private final java.util.function.Consumer<String> progress;
        volatile long midWrites;
        volatile String openDigest;
        volatile boolean creating;
        volatile long creatingAt;
        volatile long openAt;
        volatile String pending;
        volatile String committed;
        volatile long lastAck;
        volatile long acks;
        volatile long refused;
        final java.util.Map<String, String> wills = new java.util.concurrent.ConcurrentHashMap<>();
        final List<String> refusals = new java.util.concurrent.CopyOnWriteArrayList<>();
        final List<String> lines = new java.util.concurrent.CopyOnWriteArrayList<>();
        private final Object opened = new Object();

        ChildOutput(Process process, java.util.function.Consumer<String> progress) {
            this.process = process;
            this.progress = progress;
            setDaemon(true);
        }

        long creationMillis() {
            return openAt - creatingAt;
        }

        void awaitCreating(long millis) throws InterruptedException {
            long end = System.currentTimeMillis() + millis;
            synchronized (opened) {
                while (!creating && process.isAlive() && System.currentTimeMillis() < end) {
                    opened.wait(20);
                }
            }
        }

        void awaitFirstAck(long millis) throws InterruptedException {
            long end = System.currentTimeMillis() + millis;
            synchronized (opened) {
                while (acks == 0 && process.isAlive() && System.currentTimeMillis() < end) {
                    opened.wait(50);
                }
            }
        }

        @Override
        public void run() {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    accept(line);
                }
            } catch (IOException e) {
                // the child was killed
            }
        }

        /** The state the lines written by the child give, read from its protocol file after it was killed. */
        static ChildOutput replay(Process p, java.util.function.Consumer<String> progress, List<String> written) {
            ChildOutput out = new ChildOutput(p, line -> { });
            written.forEach(out::accept);
            return out;
        }

        void accept(String line) {
            {
                {
                    lines.add(line);
                    String[] f = line.split(" ");
                    switch (f[0]) {
                        case "CREATING" -> {
                            synchronized (opened) {
                                creating = true;
                                creatingAt = System.currentTimeMillis();
                                opened.notifyAll();
                            }
                        }
                        case "OPEN" -> {
                            synchronized (opened) {
                                openAt = System.currentTimeMillis();
                                openDigest = f[1];
                                wills.put(f[1], "the open");
                                opened.notifyAll();
                            }
                        }
                        case "WILL" -> {
                            pending = f[2];
                            wills.put(f[2], "commit " + f[1] + " " + line.substring(line.indexOf(f[3])));
                        }
                        case "MIDWRITE" -> {
                            midWrites++;
                            progress.accept("  the file changed while an edit was not saved yet: " + line);
                        }
                        case "REFUSED" -> {
                            refused++;
                            if (refused <= 3) {
                                refusals.add(line);
                            }
                        }
                        case "ACK" -> {
                            synchronized (opened) {
                                committed = pending;
                                lastAck = Long.parseLong(f[1]);
                                acks++;
                                opened.notifyAll();
                            }
                        }
                        default -> {
                        }
                    }
                }
            }
        }
    }
}
