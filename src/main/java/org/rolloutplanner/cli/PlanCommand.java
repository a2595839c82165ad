package org.rolloutplanner.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.rolloutplanner.domain.rollout.Check;
import org.rolloutplanner.domain.rollout.LevelGate;
import org.rolloutplanner.domain.rollout.Phase;
import org.rolloutplanner.domain.rollout.PhaseTemplate;
import org.rolloutplanner.domain.rollout.Plan;
import org.rolloutplanner.domain.rollout.RolloutCalendar;
import org.rolloutplanner.domain.rollout.RolloutPlanner;
import org.rolloutplanner.domain.rollout.RolloutRule;
import org.rolloutplanner.domain.rollout.Rounding;
import org.rolloutplanner.domain.rollout.Scenario;
import org.rolloutplanner.domain.rollout.SchoolOrder;
import org.rolloutplanner.domain.rollout.SchoolYear;
import org.rolloutplanner.domain.school.School;
import org.rolloutplanner.io.RosterCsv;
import org.rolloutplanner.io.export.ExportProgress;
import org.rolloutplanner.io.export.ExportSheet;
import org.rolloutplanner.io.export.ExportedPlan;
import org.rolloutplanner.io.export.Exports;
import org.rolloutplanner.io.export.PlanExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code plan --schools ROSTER.csv --start 2015-16 --rule RULE … --format json|csv}: computes a rollout plan from a
 * roster, for scripts. Exit code 2 for a bad option or roster (the message names the option, or the file, row and
 * column).
 */
@Command(name = "plan", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Plan cohorts for every school of a roster and print the plan as JSON or CSV, or write it as an Excel workbook.",
        footer = {"",
                "RULE (applied in the order given, each to the schools not yet placed):",
                "  first:6               a first cohort of 6 schools",
                "  schools-per-year:5    5 schools a year",
                "  schools-per-year:6-8  6 to 8 schools a year, in even cohorts",
                "  percent-schools:10    10%% of the schools a year (see --rounding)",
                "  percent-students:10   student coverage grows 10 points a year",
                "  cohorts:6/8           6 cohorts spread evenly over 8 school years",
                "  remaining             all remaining schools in one cohort",
                "  finish-by:2024-25     every school started by 2024-25",
                "",
                "Months are YYYY-MM. A phase's end is its last month: a 12-month phase",
                "starting 2015-08 ends 2016-07. An open-ended phase (Implementation:open)",
                "has end null in JSON and empty in CSV. A target counts the schools or",
                "students that start by the first month of its school year.",
                ""})
public final class PlanCommand implements Callable<Integer> {

    /** Output formats. */
    public enum Format { json, csv, xlsx }

    @Option(names = "--schools", paramLabel = "ROSTER.csv", required = true,
            description = "Roster CSV with a header of at least id,name,level,enrollment (optional frl_percent,region,readiness).")
    Path schools;

    @Option(names = "--start", paramLabel = "SCHOOLYEAR", required = true, converter = PlanArguments.SchoolYearConverter.class,
            description = "School year of the first cohort, such as 2015-16.")
    SchoolYear start;

    @Option(names = "--school-year-start-month", paramLabel = "MONTH", defaultValue = "8",
            description = "Month (1-12) in which school years start. Default: ${DEFAULT-VALUE} (August).")
    int startMonth;

    @Option(names = "--rule", paramLabel = "RULE", required = true, converter = PlanArguments.RuleConverter.class,
            description = "A rollout rule; repeat for a chain. See RULE below.")
    List<RolloutRule> rules = new ArrayList<>();

    @Option(names = "--phase", paramLabel = "NAME:MONTHS", converter = PlanArguments.PhaseConverter.class,
            description = "A phase of every cohort, in order (MONTHS a number or open). Default: one 12-month phase.")
    List<Phase> phases = new ArrayList<>();

    @Option(names = "--order", paramLabel = "ORDER", defaultValue = "readiness", converter = PlanArguments.OrderConverter.class,
            description = "readiness, enrollment, roster or level:high,middle,elementary (then readiness). Default: ${DEFAULT-VALUE}.")
    SchoolOrder order;

    @Option(names = "--not-before", paramLabel = "LEVEL:SCHOOLYEAR", converter = PlanArguments.GateConverter.class,
            description = "Schools of a level start no earlier than a school year, such as middle:2017-18.")
    List<LevelGate> gates = new ArrayList<>();

    @Option(names = "--rounding", paramLabel = "up|down|nearest", defaultValue = "up",
            converter = PlanArguments.RoundingConverter.class,
            description = "How fractional numbers of schools are rounded. Default: ${DEFAULT-VALUE}.")
    Rounding rounding;

    @Option(names = "--target", paramLabel = "SCHOOLYEAR:PERCENT:schools|students", converter = PlanArguments.TargetConverter.class,
            description = "A coverage target to check, such as 2024-25:100:schools; a missed target is a warning.")
    List<Check.Target> targets = new ArrayList<>();

    @Option(names = "--format", paramLabel = "json|csv|xlsx", required = true,
            description = "Output format: json or csv, or xlsx (the Excel workbook of the export command; needs --out).")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the plan to this file instead of standard output.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (startMonth < 1 || startMonth > 12) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--school-year-start-month': "
                    + startMonth + " is not a month; use 1 (January) to 12 (December).");
        }
        if (format == Format.xlsx && out == null) {
            throw new ParameterException(spec.commandLine(), "Missing option '--out': the xlsx format writes a workbook "
                    + "file; give --out PLAN.xlsx.");
        }
        if (out != null && Files.isDirectory(out)) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--out': "
                    + (out.toString().isEmpty() ? "it is empty" : out + " is a folder, not a file")
                    + "; give the file to write, such as --out PLAN." + format + ".");
        }
        if (Files.isDirectory(schools)) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--schools': "
                    + (schools.toString().isEmpty() ? "it is empty" : schools + " is a folder, not a file")
                    + "; give the roster CSV file, such as --schools ROSTER.csv.");
        }
        List<School> roster;
        try {
            roster = RosterCsv.read(schools);
        } catch (NoSuchFileException e) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--schools': the file " + schools
                    + " does not exist.");
        }
        Scenario scenario;
        try {
            var b = Scenario.builder(new RolloutCalendar(start, startMonth))
                    .phases(phases.isEmpty() ? PhaseTemplate.singleYear() : PhaseTemplate.of(phases))
                    .order(order).rounding(rounding).rules(rules);
            gates.forEach(b::gate);
            targets.forEach(b::check);
            scenario = b.build();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--phase': " + e.getMessage());
        }
        Plan plan = RolloutPlanner.plan(roster, scenario);
        if (format == Format.xlsx) {
            String name = schools.getFileName().toString();
            var export = new PlanExport(name, List.of(new ExportedPlan("Plan of " + name, scenario, plan)),
                    ExportSheet.all(), LocalDate.now());
            var result = CliExports.workbook(export, out, ExportProgress.NONE);
            spec.commandLine().getOut().println("Wrote " + out.toAbsolutePath() + " (sheets: "
                    + String.join(", ", result.sheets()) + ").");
            spec.commandLine().getOut().flush();
            return 0;
        }
        String text = switch (format) {
            case json -> PlanJson.write(plan, scenario);
            case csv -> PlanCsv.write(plan, scenario);
            case xlsx -> throw new IllegalStateException("written above");
        };
        if (out != null) {
            try {
                Files.writeString(out, text, StandardCharsets.UTF_8);
            } catch (java.nio.file.NoSuchFileException | java.nio.file.AccessDeniedException e) {
                throw new ParameterException(spec.commandLine(), "Invalid value for option '--out': cannot write " + out
                        + " (does its folder exist, and may you write there?).");
            }
        } else {
            PrintWriter w = spec.commandLine().getOut();
            w.print(text);
            w.flush();
        }
        return 0;
    }
}
