package org.rolloutplanner.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rolloutplanner.persistence.WorkspaceCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code check --workspace FILE}: reads the whole workspace (never changing it) and says whether it is healthy.
 * Exit 0 healthy, 3 damaged (with the newest usable backup), 4 not a Rollout Planner workspace, 2 no such file.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check a workspace for damage: reads every table in full and re-checks every rule, without "
                + "changing the file. Exit 0 healthy, 3 damaged (names the newest usable backup), "
                + "4 not a Rollout Planner workspace.")
public final class CheckCommand implements Callable<Integer> {

    @Option(names = "--workspace", paramLabel = "FILE", required = true,
            description = "The workspace file (with or without its .mv.db ending).")
    Path workspace;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        WorkspaceCheck.Verdict v = new WorkspaceCheck().check(workspace);
        PrintWriter out = v.healthy() ? spec.commandLine().getOut() : spec.commandLine().getErr();
        out.println(v.describe());
        out.flush();
        return v.status().exitCode();
    }
}
