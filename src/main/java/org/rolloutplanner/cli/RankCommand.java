package org.rolloutplanner.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.rolloutplanner.domain.selection.AggregationMethod;
import org.rolloutplanner.domain.selection.CohortBuilder;
import org.rolloutplanner.domain.selection.CohortRule;
import org.rolloutplanner.domain.selection.ScoreSheet;
import org.rolloutplanner.domain.selection.SelectionAnalysis;
import org.rolloutplanner.domain.selection.TieBreak;
import org.rolloutplanner.io.SelectionCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code rank --applicants A.csv --criteria C.csv --scores S.csv [--conflicts X.csv] [--method …] [--seats N]
 * [--require FIELD=VALUE:MIN:MAX …] [--min-average FIELD:VALUE …] [--seed N] [--tie-break frl,enrollment,lottery]
 * --format json|csv}: the selection
 * committee's ranking and, with {@code --seats}, the best cohort under the composition rules. Exit code 2 for bad
 * options or files (the message names the option, or the file, row and column). A set of rules no cohort can keep is an
 * answer, not an error: the output says so (exit code 0).
 */
@Command(name = "rank", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Rank applicant schools from the committee's scores and pick the best cohort under composition rules.",
        footer = {"",
                "Files (CSV with a header row):",
                "  A.csv  id,name,level,region,enrollment,frl_percent",
                "         (any other column too, usable in --require)",
                "  C.csv  id,name,kind,weight,min,max (kind essential or preferred);",
                "         optional rule, such as enrollment>=500, for an essential",
                "         criterion computed from school data",
                "  S.csv  reviewer,applicant,criterion,score (essential: 1 pass, 0 fail)",
                "  X.csv  reviewer,applicant (conflicts: left out of that aggregate)",
                "",
                "The aggregate: per preferred criterion, the method over the scores",
                "of the reviewers without a conflict; then the weighted sum with the",
                "weights normalised to 1. An applicant failing an essential criterion",
                "(by a majority of the reviewers without a conflict) is not eligible.",
                "Ties: higher low-income share, then larger enrollment, then a",
                "lottery drawn from --seed; --tie-break declares another order,",
                "such as enrollment,lottery (the lottery always comes last).",
                ""})
public final class RankCommand implements Callable<Integer> {

    /** Output formats. */
    public enum Format { json, csv }

    @Option(names = "--applicants", paramLabel = "A.csv", required = true, description = "Applicant schools.")
    Path applicants;

    @Option(names = "--criteria", paramLabel = "C.csv", required = true, description = "Criteria.")
    Path criteria;

    @Option(names = "--scores", paramLabel = "S.csv", required = true, description = "Reviewers' scores.")
    Path scores;

    @Option(names = "--conflicts", paramLabel = "X.csv", description = "Declared conflicts of interest.")
    Path conflicts;

    @Option(names = "--method", paramLabel = "mean|median|trimmed|zscore", defaultValue = "mean",
            converter = RankArguments.MethodConverter.class,
            description = "How reviewers' scores are combined. Default: ${DEFAULT-VALUE}.")
    AggregationMethod method;

    @Option(names = "--seats", paramLabel = "N", description = "Pick the best cohort of N schools under the rules.")
    Integer seats;

    @Option(names = "--require", paramLabel = "FIELD=VALUE:MIN:MAX", converter = RankArguments.RequireConverter.class,
            description = "Composition rule: level=high:1: (at least one high school), region=North::2 (at most two).")
    List<CohortRule.Count> require = new ArrayList<>();

    @Option(names = "--min-average", paramLabel = "FIELD:VALUE", converter = RankArguments.AverageConverter.class,
            description = "The cohort's average of a field is at least VALUE, such as frl_percent:60.")
    List<CohortRule.MinAverage> minAverage = new ArrayList<>();

    @Option(names = "--quota", paramLabel = "FIELD:MIN:MAX", converter = RankArguments.QuotaConverter.class,
            description = "For every value of a field, such as district:2:2 (two schools from each district).")
    List<CohortRule.Quota> quotas = new ArrayList<>();

    @Option(names = "--include", paramLabel = "ID", description = "An applicant the cohort must include.")
    List<String> include = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "ID", description = "An applicant the cohort must leave out.")
    List<String> exclude = new ArrayList<>();

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the tie-break lottery and the weight draws "
            + "(recorded in the output; drawn at random when not given).")
    Long seed;

    @Option(names = "--tie-break", paramLabel = "frl,enrollment,lottery", defaultValue = "frl,enrollment,lottery",
            description = "Order of the rules that break equal scores: frl (higher low-income share), enrollment (larger "
                    + "enrollment), lottery (drawn from --seed; always last). Default: ${DEFAULT-VALUE}.")
    String tieBreakOrder;

    @Option(names = "--format", paramLabel = "json|csv", required = true, description = "Output format: json or csv.")
    Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (seats != null && seats < 1) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--seats': " + seats
                    + " seats; a cohort needs at least 1.");
        }
        List<TieBreak> tieBreaks;
        try {
            tieBreaks = TieBreak.parse(tieBreakOrder);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--tie-break': " + e.getMessage());
        }
        SelectionCsv.Round round = SelectionCsv.read(applicants, criteria, scores, conflicts);
        List<CohortRule> rules = new ArrayList<>();
        for (var r : require) {
            checkField("--require", r.field(), round);
            rules.add(r);
        }
        for (var r : minAverage) {
            checkField("--min-average", r.field(), round);
            rules.add(r);
        }
        for (var r : quotas) {
            checkField("--quota", r.field(), round);
            rules.add(r);
        }
        for (String id : include) {
            checkApplicant("--include", id, round);
            rules.add(new CohortRule.Include(id));
        }
        for (String id : exclude) {
            checkApplicant("--exclude", id, round);
            rules.add(new CohortRule.Exclude(id));
        }
        if (seats == null && !rules.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "Composition rules need --seats N (the size of the cohort).");
        }
        long usedSeed = seed != null ? seed : new java.util.Random().nextInt(1_000_000);
        ScoreSheet sheet = ScoreSheet.of(round.applicants(), round.criteria(), round.scores(), round.conflicts());
        SelectionAnalysis analysis = SelectionAnalysis.run(sheet, method, tieBreaks, usedSeed);
        CohortBuilder.Result cohort = seats == null ? null : analysis.cohort(seats, rules);
        String text = switch (format) {
            case json -> RankOutput.json(analysis, sheet, cohort, seats);
            case csv -> RankOutput.csv(analysis, cohort);
        };
        PrintWriter w = spec.commandLine().getOut();
        w.print(text);
        w.flush();
        if (cohort != null && !cohort.feasible()) {
            spec.commandLine().getErr().println(cohort.message());
            spec.commandLine().getErr().flush();
        }
        return 0;
    }

    private void checkField(String option, String field, SelectionCsv.Round round) {
        if (!round.applicantColumns().contains(field)) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '" + option + "': the applicants file "
                    + applicants.getFileName() + " has no column \"" + field + "\" (columns: "
                    + String.join(", ", round.applicantColumns()) + ").");
        }
    }

    private void checkApplicant(String option, String id, SelectionCsv.Round round) {
        if (round.applicants().stream().noneMatch(a -> a.id().equals(id))) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '" + option + "': there is no applicant "
                    + id + " in " + applicants.getFileName() + ".");
        }
    }
}
