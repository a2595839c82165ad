package org.rolloutplanner.persistence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Another JVM holding a workspace open, as a second copy of the app (or the window, for the CLI) would. */
public final class OtherCopyOfTheApp implements AutoCloseable {

    private final Process process;

    private OtherCopyOfTheApp(Process process) {
        this.process = process;
    }

    /** Starts the other copy and waits until it has the workspace open (after adding a school, if asked). */
    public static OtherCopyOfTheApp holding(Path workspace, String... addSchool) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                HoldWorkspaceOpen.class.getName(), workspace.toString()));
        cmd.addAll(List.of(addSchool));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String line = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)).readLine();
        if (line == null || !line.startsWith("OPEN")) {
            p.destroyForcibly();
            throw new IllegalStateException("The other copy did not open " + workspace + " (said: " + line + ")");
        }
        return new OtherCopyOfTheApp(p);
    }

    /** Ends the other copy the hard way (kill -9): a crash or a power cut, with no chance to close the file. */
    public void crash() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** Lets the other copy close the workspace and exit. */
    @Override
    public void close() throws IOException, InterruptedException {
        if (process.isAlive()) {
            process.getOutputStream().close();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
