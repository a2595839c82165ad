package org.rolloutplanner.domain.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The cohort builder against every subset of small rounds, and its messages. */
class CohortBuilderTest {

    static final String[] LEVELS = {"elementary", "middle", "high"};
    static final String[] REGIONS = {"North", "South", "East"};
    static final String[] DISTRICTS = {"D1", "D2"};

    static List<CohortBuilder.Candidate> candidates(int n, Random random) {
        List<CohortBuilder.Candidate> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double frl = random.nextInt(10001) / 100.0;
            var a = new Applicant("S" + i, "School " + i, Map.of("level", LEVELS[random.nextInt(3)], "region",
                    REGIONS[random.nextInt(3)], "district", DISTRICTS[random.nextInt(2)], "frl_percent", String.valueOf(frl),
                    "enrollment", String.valueOf(200 + random.nextInt(1500))));
            boolean eligible = random.nextInt(10) > 0;
            double score = Math.round(random.nextDouble() * 4 * 1000) / 1000.0;
            out.add(new CohortBuilder.Candidate(a, score, eligible, eligible ? "" : "Fails \"Named project manager\".", null));
        }
        return out;
    }

    static List<CohortRule> randomRules(Random random, List<CohortBuilder.Candidate> candidates) {
        List<CohortRule> rules = new ArrayList<>();
        rules.add(new CohortRule.Count("level", LEVELS[random.nextInt(3)], 1 + random.nextInt(2), null));
        rules.add(new CohortRule.Count("region", REGIONS[random.nextInt(3)], null, 1 + random.nextInt(2)));
        if (random.nextBoolean()) {
            rules.add(new CohortRule.MinAverage("frl_percent", 40 + random.nextInt(30)));
        }
        if (random.nextBoolean()) {
            rules.add(new CohortRule.Quota("district", 1 + random.nextInt(2), 3 + random.nextInt(2)));
        }
        if (random.nextInt(3) == 0) {
            rules.add(new CohortRule.Include(candidates.get(random.nextInt(candidates.size())).applicant().id()));
        }
        if (random.nextInt(3) == 0) {
            rules.add(new CohortRule.Exclude(candidates.get(random.nextInt(candidates.size())).applicant().id()));
        }
        return rules;
    }

    /** The best total over every subset of the eligible candidates, or NaN when no subset keeps the rules. */
    static double bruteForce(List<CohortBuilder.Candidate> candidates, int seats, List<CohortRule> rules) {
        List<CohortBuilder.Candidate> eligible = candidates.stream().filter(CohortBuilder.Candidate::eligible).toList();
        List<Applicant> pool = eligible.stream().map(CohortBuilder.Candidate::applicant).toList();
        double best = Double.NaN;
        int n = eligible.size();
        for (int mask = 0; mask < (1 << n); mask++) {
            if (Integer.bitCount(mask) != seats) {
                continue;
            }
            List<Applicant> cohort = new ArrayList<>();
            double total = 0;
            for (int i = 0; i < n; i++) {
                if ((mask & (1 << i)) != 0) {
                    cohort.add(pool.get(i));
                    total += eligible.get(i).score();
                }
            }
            if (CohortBuilder.violations(cohort, pool, seats, rules).isEmpty() && (Double.isNaN(best) || total > best)) {
                best = total;
            }
        }
        return best;
    }

    @Test
    void equalsBruteForceOnTwentyApplicantsChooseFiveAndNeverBreaksARule() {
        int infeasible = 0;
        for (long seed = 1; seed <= 12; seed++) {
            Random random = new Random(seed);
            var candidates = candidates(20, random);
            var rules = randomRules(random, candidates);
            double expected = bruteForce(candidates, 5, rules);
            var result = CohortBuilder.build(candidates, 5, rules);
            if (Double.isNaN(expected)) {
                infeasible++;
                assertThat(result.feasible()).as("seed %d", seed).isFalse();
                assertThat(result.message()).startsWith("No cohort satisfies these rules.");
                continue;
            }
            assertThat(result.feasible()).as("seed %d: %s", seed, result.message()).isTrue();
            assertThat(result.optimal()).isTrue();
            assertThat(result.objective()).as("seed %d", seed).isCloseTo(expected, within(1e-9));
            var chosen = candidates.stream().filter(c -> result.selected().contains(c.applicant().id())).toList();
            assertThat(chosen).hasSize(5).allMatch(CohortBuilder.Candidate::eligible);
            var pool = candidates.stream().filter(CohortBuilder.Candidate::eligible).map(CohortBuilder.Candidate::applicant).toList();
            assertThat(CohortBuilder.violations(chosen.stream().map(CohortBuilder.Candidate::applicant).toList(), pool, 5, rules))
                    .as("seed %d", seed).isEmpty();
            assertThat(result.reasons()).hasSize(20);
            chosen.forEach(c -> assertThat(result.reasons().get(c.applicant().id())).startsWith("In: "));
        }
        assertThat(infeasible).as("some seeds should have no answer, some should").isLessThan(12);
    }

    @Test
    void saysNoCohortSatisfiesTheRulesAndNamesTheRulesThatConflict() {
        Random random = new Random(5);
        var candidates = candidates(20, random);
        long highs = candidates.stream().filter(c -> c.eligible() && c.applicant().has("level", "high")).count();
        var rules = List.<CohortRule>of(
                new CohortRule.Count("level", "high", (int) highs + 1, null),
                new CohortRule.Count("region", "North", null, 2));
        var result = CohortBuilder.build(candidates, 5, rules);
        assertThat(result.feasible()).isFalse();
        assertThat(result.message()).startsWith("No cohort satisfies these rules.").contains("at least " + (highs + 1)
                + " with level = high");
        assertThat(result.conflicting()).containsExactly("at least " + (highs + 1) + " with level = high");
    }

    @Test
    void twoRulesThatOnlyConflictTogetherAreBothNamed() {
        List<CohortBuilder.Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            var a = new Applicant("S" + i, "", Map.of("level", i < 3 ? "high" : "middle"));
            candidates.add(new CohortBuilder.Candidate(a, i, true, "", 6 - i));
        }
        var rules = List.<CohortRule>of(new CohortRule.Count("level", "high", 3, null),
                new CohortRule.Count("level", "middle", 2, null), new CohortRule.Count("region", "x", null, 4));
        var result = CohortBuilder.build(candidates, 4, rules);
        assertThat(result.conflicting()).containsExactly("at least 3 with level = high", "at least 2 with level = middle");
    }

    @Test
    void eachApplicantGetsAPlainReason() {
        List<CohortBuilder.Candidate> candidates = new ArrayList<>();
        // ranks 1..4 North/North/North/South high to low; at most 2 from North
        String[] regions = {"North", "North", "North", "South", "South"};
        for (int i = 0; i < 5; i++) {
            var a = new Applicant("S" + (i + 1), "", Map.of("region", regions[i]));
            candidates.add(new CohortBuilder.Candidate(a, 10 - i, true, "", i + 1));
        }
        candidates.add(new CohortBuilder.Candidate(new Applicant("S6", "", Map.of()), 0, false, "Fails \"Size\".", null));
        var result = CohortBuilder.build(candidates, 3, List.of(new CohortRule.Count("region", "North", null, 2)));
        assertThat(result.selected()).containsExactly("S1", "S2", "S4");
        assertThat(result.objective()).isEqualTo(10 + 9 + 7);
        assertThat(result.reasons().get("S1")).isEqualTo("In: rank 1, score 10; among the 3 highest scores.");
        assertThat(result.reasons().get("S4")).startsWith("In: rank 4, score 7;");
        assertThat(result.reasons().get("S3")).isEqualTo(
                "Out: rank 3, score 8; taking it in place of a selected school with a score no higher would break \"at most 2 with region = North\".");
        assertThat(result.reasons().get("S5")).isEqualTo("Out: rank 5, score 6; the selected schools score higher under the rules.");
        assertThat(result.reasons().get("S6")).isEqualTo("Out: not eligible. Fails \"Size\".");
    }
}
