package org.rolloutplanner.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.rolloutplanner.domain.selection.AggregationMethod;
import org.rolloutplanner.domain.selection.Applicant;
import org.rolloutplanner.domain.selection.CohortBuilder;
import org.rolloutplanner.domain.selection.CohortRule;
import org.rolloutplanner.domain.selection.Conflict;
import org.rolloutplanner.domain.selection.Criterion;
import org.rolloutplanner.domain.selection.Reviewer;
import org.rolloutplanner.domain.selection.Score;
import org.rolloutplanner.domain.selection.ScoreSheet;
import org.rolloutplanner.domain.selection.SelectionAnalysis;
import org.rolloutplanner.domain.selection.TieBreak;

/**
 * The selection committee at the issue's size: 700 applicants × 10 criteria (2 essential, 8 preferred on 1–4) × 8
 * reviewers with 5% conflicts. {@code analysis}: aggregate, rank, agreement and 1,000 weight draws (target &lt; 1 s);
 * {@code cohort}: 10 seats of 700 with 6 composition rules, solved to proven optimality (target &lt; 2 s; the
 * solver's native library is loaded once in setup). Run: {@code mvn -B test-compile exec:exec@bench -Dbench=SelectionBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SelectionBenchmark {

    static final String[] LEVELS = {"elementary", "middle", "high", "K-8"};
    static final String[] REGIONS = {"North", "South", "East", "West"};
    static final String[] GOVERNANCE = {"traditional", "charter", "magnet"};

    ScoreSheet sheet;
    SelectionAnalysis analysis;
    List<CohortRule> rules;

    @Setup(Level.Trial)
    public void setUp() {
        sheet = sheet(700, 8, new Random(11));
        analysis = SelectionAnalysis.run(sheet, AggregationMethod.MEAN, TieBreak.DEFAULT, 1);
        rules = List.of(new CohortRule.Count("level", "high", 2, null), new CohortRule.Count("level", "elementary", 3, null),
                new CohortRule.Count("region", "North", null, 3), new CohortRule.Count("governance", "charter", null, 2),
                new CohortRule.MinAverage("frl_percent", 60), new CohortRule.Quota("district", 2, 4));
        CohortBuilder.Result r = analysis.cohort(10, rules);
        if (!r.feasible() || !r.optimal()) {
            throw new IllegalStateException(r.message());
        }
        System.out.println("\n" + r.message());
    }

    static ScoreSheet sheet(int n, int reviewers, Random random) {
        List<Applicant> applicants = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            applicants.add(new Applicant(String.format("%012d", i), "School " + i, Map.of("level", LEVELS[random.nextInt(4)],
                    "region", REGIONS[random.nextInt(4)], "governance", GOVERNANCE[random.nextInt(3)], "district",
                    "D" + random.nextInt(3), "enrollment", String.valueOf(200 + random.nextInt(2000)), "frl_percent",
                    String.valueOf(random.nextInt(10000) / 100.0))));
        }
        List<Criterion> criteria = new ArrayList<>();
        criteria.add(Criterion.essential("E1", "Named project manager"));
        criteria.add(Criterion.computed("E2", "Serves at least 300 students",
                org.rolloutplanner.domain.selection.Gate.parse("enrollment>=300").orElseThrow()));
        for (int c = 0; c < 8; c++) {
            criteria.add(Criterion.preferred("P" + c, "Criterion " + c, 1 + random.nextInt(5), 1, 4));
        }
        List<Reviewer> people = new ArrayList<>();
        for (int r = 0; r < reviewers; r++) {
            people.add(new Reviewer("R" + r, "Reviewer " + r, "committee"));
        }
        List<Score> scores = new ArrayList<>();
        List<Conflict> conflicts = new ArrayList<>();
        for (Applicant a : applicants) {
            double quality = random.nextGaussian();
            for (Reviewer r : people) {
                if (random.nextInt(20) == 0) {
                    conflicts.add(new Conflict(r.id(), a.id()));
                    continue;
                }
                scores.add(new Score(r.id(), a.id(), "E1", random.nextInt(12) == 0 ? 0 : 1));
                for (int c = 0; c < 8; c++) {
                    double v = 2.5 + quality + random.nextGaussian() * 0.7;
                    scores.add(new Score(r.id(), a.id(), "P" + c, Math.max(1, Math.min(4, Math.round(v)))));
                }
            }
        }
        return new ScoreSheet(applicants, criteria, people, scores, conflicts);
    }

    @Benchmark
    public SelectionAnalysis analysis() {
        return SelectionAnalysis.run(sheet, AggregationMethod.MEAN, TieBreak.DEFAULT, 1);
    }

    @Benchmark
    public SelectionAnalysis analysisZscore() {
        return SelectionAnalysis.run(sheet, AggregationMethod.ZSCORE, TieBreak.DEFAULT, 1);
    }

    @Benchmark
    public CohortBuilder.Result cohort() {
        return analysis.cohort(10, rules);
    }
}
