package org.rolloutplanner.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.rolloutplanner.app.UserFacingException;
import org.rolloutplanner.app.scenario.SavedScenario;
import org.rolloutplanner.domain.district.District;
import org.rolloutplanner.domain.selection.SelectionOutcome;
import org.rolloutplanner.domain.selection.SelectionRound;
import org.rolloutplanner.io.export.ExportProgress;
import org.rolloutplanner.io.export.ExportSheet;
import org.rolloutplanner.io.export.ExportedPlan;
import org.rolloutplanner.io.export.Exports;
import org.rolloutplanner.io.export.PlanExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code export --workspace FILE --district NAME --scenario NAME [--scenario NAME …] --out PLAN.xlsx}: writes saved
 * scenarios' plans as an Excel workbook (or one scenario's schools as CSV). The file is replaced atomically.
 */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Write the plan of one saved scenario (or several, to compare) as an Excel workbook with the "
                + "sheets Summary, Timeline, Cohorts, Schools, Coverage, Budget, Selection (when the first scenario came "
                + "from a selection round, or with --selection-round) and, for several scenarios, Compare; "
                + "or one scenario's schools with cohorts and dates as CSV.")
public final class ExportCommand implements Callable<Integer> {

    /** Output formats. */
    public enum Format { xlsx, csv }

    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--district", paramLabel = "NAME", required = true, description = "The district's name.")
    String district;

    @Option(names = "--scenario", paramLabel = "NAME", required = true,
            description = "A saved scenario of the district; repeat to compare (the first is the baseline).")
    List<String> scenarios = new ArrayList<>();

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "The file to write (replaced if it exists).")
    Path out;

    @Option(names = "--format", paramLabel = "xlsx|csv",
            description = "xlsx (the workbook) or csv (the schools of one scenario). Default: from the --out file's ending, else xlsx.")
    Format format;

    @Option(names = "--sheets", paramLabel = "SHEET,…", split = ",", converter = SheetConverter.class,
            description = "Only these sheets (Summary, Timeline, Cohorts, Schools, Coverage, Budget, Selection, Compare). "
                    + "Default: all.")
    List<ExportSheet> sheets = new ArrayList<>();

    @Option(names = "--selection-round", paramLabel = "NAME",
            description = "Add the Selection sheet of this selection round of the district (criteria, scores, ranks, "
                    + "the cohort and why each school is in or out). Default: the round the first scenario came from, if any.")
    String selectionRound;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Format f = format != null ? format
                : out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv") ? Format.csv : Format.xlsx;
        if (f == Format.csv && scenarios.size() > 1) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--scenario': the CSV export "
                    + "writes the schools of one scenario; give one --scenario, or use --format xlsx to compare.");
        }
        if (f == Format.csv && selectionRound != null) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--selection-round': the CSV "
                    + "export has no Selection sheet; leave --selection-round out or use --format xlsx.");
        }
        if (f == Format.csv && !sheets.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--sheets': the CSV export has no "
                    + "sheets; leave --sheets out or use --format xlsx.");
        }
        if (java.nio.file.Files.isDirectory(out)) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--out': "
                    + (out.toString().isEmpty() ? "it is empty" : out.toAbsolutePath() + " is a folder, not a file")
                    + "; give the file to write, such as --out PLAN." + f + ".");
        }
        var err = spec.commandLine().getErr();
        try (var services = workspace.openForReading(err)) {
            District d = services.districts().require(district);
            List<SavedScenario> saved = services.scenarios().ofDistrict(d.key());
            List<ExportedPlan> plans = new ArrayList<>();
            SavedScenario first = null;
            for (String name : scenarios) {
                SavedScenario s = saved.stream().filter(x -> x.name().equalsIgnoreCase(name.strip())).findFirst()
                        .orElseThrow(() -> new ParameterException(spec.commandLine(), "Invalid value for option "
                                + "'--scenario': the district " + d.name() + " has no scenario called \"" + name + "\". "
                                + (saved.isEmpty() ? "It has no scenarios yet."
                                        : "Its scenarios: " + saved.stream().map(SavedScenario::name)
                                                .collect(Collectors.joining(", ")) + ".")));
                first = first == null ? s : first;
                plans.add(new ExportedPlan(s.name(), s.scenario(), services.scenarios().plan(d.key(), s.scenario())));
            }
            var w = spec.commandLine().getOut();
            if (f == Format.csv) {
                CliExports.schoolsCsv(plans.getFirst(), out, ExportProgress.NONE);
                w.println("Wrote the schools of " + plans.getFirst().name() + " to " + out.toAbsolutePath() + ".");
            } else {
                Set<ExportSheet> chosen = sheets.isEmpty() ? ExportSheet.all() : EnumSet.copyOf(sheets);
                SelectionOutcome selection = null;
                if (selectionRound != null) {
                    SelectionRound round;
                    try {
                        round = services.selection().byName(d.key(), selectionRound);
                    } catch (UserFacingException e) {
                        throw new ParameterException(spec.commandLine(), "Invalid value for option '--selection-round': "
                                + e.getMessage());
                    }
                    // the seats and rules the committee used when this scenario came from the round; else the round's seats
                    var origin = first.fromSelection().filter(o -> o.roundKey() == round.key());
                    selection = services.selection().outcome(round.key(),
                            origin.map(o -> o.seats()).orElse(round.seats()), origin.map(o -> o.rules()).orElse(""));
                    chosen.add(ExportSheet.SELECTION);
                } else if (first.fromSelection().isPresent() && chosen.contains(ExportSheet.SELECTION)) {
                    var origin = first.fromSelection().get();
                    selection = services.selection().outcome(origin.roundKey(), origin.seats(), origin.rules());
                }
                var result = CliExports.workbook(new PlanExport(d.name(), plans, chosen, LocalDate.now(), selection), out,
                        ExportProgress.NONE);
                w.println("Wrote " + out.toAbsolutePath() + " (sheets: " + String.join(", ", result.sheets()) + ").");
            }
            w.flush();
        }
        return 0;
    }

    /** A sheet by its tab name, ignoring case. */
    static final class SheetConverter implements ITypeConverter<ExportSheet> {
        @Override
        public ExportSheet convert(String value) {
            for (ExportSheet s : ExportSheet.values()) {
                if (s.title().equalsIgnoreCase(value.strip())) {
                    return s;
                }
            }
            throw new TypeConversionException("\"" + value + "\" is not a sheet; the sheets are Summary, Timeline, "
                    + "Cohorts, Schools, Coverage, Budget, Selection and Compare.");
        }
    }
}
