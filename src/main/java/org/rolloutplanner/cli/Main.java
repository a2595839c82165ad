package org.rolloutplanner.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rolloutplanner.app.DataDirectory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The entry point of the jar. With no subcommand it opens the window; subcommands serve scripts.
 * Exit codes: 0 done, 2 bad input or options, 1 anything else.
 */
@Command(name = "rollout-planner",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Plan how an initiative reaches every school of a district, cohort by cohort.%n"
                + "With no command, opens the Rollout Planner window.",
        subcommands = {SchoolsCommand.class, PlanCommand.class, ImportCommand.class, RankCommand.class,
                ExportCommand.class, CheckCommand.class})
public final class Main implements Callable<Integer> {

    @Option(names = "--workspace", paramLabel = "FILE",
            description = "Workspace to open in the window (an H2 file, with or without its .mv.db ending). "
                    + "Default: the workspace in your data folder.")
    Path workspace;

    @Option(names = "--read-only", description = "Open the workspace without changing it.")
    boolean readOnly;

    public static void main(String[] args) {
        // before the first logger exists: the log file goes to the data folder
        DataDirectory.init();
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (used by tests, which must not exit the JVM). */
    public static int run(String... args) {
        return newCommandLine().execute(args);
    }

    public static CommandLine newCommandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler(new CliErrors());
        return cl;
    }

    @Override
    public Integer call() {
        DataDirectory.init();
        org.rolloutplanner.ui.RolloutPlannerApp.launchWindow(workspace, readOnly);
        return 0;
    }
}
