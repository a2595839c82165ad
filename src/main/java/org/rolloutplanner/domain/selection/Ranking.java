package org.rolloutplanner.domain.selection;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Ranks the eligible applicants by aggregate, highest first; equal aggregates (to 9 decimals) are ordered by the
 * declared tie-breaks in order. The lottery is reproducible: the applicants' ids, sorted, are shuffled with
 * {@code java.util.Random(seed)}; the position in that shuffle is each applicant's lottery number (lower wins).
 * Applicants that are not eligible get no rank and follow, by id.
 */
public final class Ranking {

    /**
     * One line of the ranking.
     *
     * @param rank     1 for the best; null when not eligible
     * @param tieBreak the tie-break that placed this applicant against an applicant with the same aggregate ("" when
     *                 its aggregate is unique)
     */
    public record Ranked(Applicant applicant, double score, Integer rank, boolean eligible, String reason, String tieBreak,
            int lotteryNumber) {
    }

    private Ranking() {
    }

    public static List<Ranked> rank(List<Aggregation.ApplicantScore> scores, List<TieBreak> tieBreaks, long seed) {
        Map<String, Integer> lottery = lotteryNumbers(scores.stream().map(s -> s.applicant().id()).toList(), seed);
        List<Aggregation.ApplicantScore> eligible = new ArrayList<>();
        List<Aggregation.ApplicantScore> others = new ArrayList<>();
        for (var s : scores) {
            (s.eligible() ? eligible : others).add(s);
        }
        Comparator<Aggregation.ApplicantScore> byScore = Comparator.comparingLong(s -> -key(s.score()));
        Comparator<Aggregation.ApplicantScore> order = byScore;
        for (TieBreak t : tieBreaks) {
            order = order.thenComparing(comparator(t, lottery));
        }
        order = order.thenComparing(comparator(TieBreak.LOTTERY, lottery));
        eligible.sort(order);
        others.sort(Comparator.comparing(s -> s.applicant().id()));
        List<Ranked> out = new ArrayList<>(scores.size());
        for (int i = 0; i < eligible.size(); i++) {
            var s = eligible.get(i);
            String tie = "";
            if (i > 0 && key(eligible.get(i - 1).score()) == key(s.score())) {
                tie = decidedBy(eligible.get(i - 1), s, tieBreaks, lottery);
            } else if (i + 1 < eligible.size() && key(eligible.get(i + 1).score()) == key(s.score())) {
                tie = decidedBy(s, eligible.get(i + 1), tieBreaks, lottery);
            }
            out.add(new Ranked(s.applicant(), s.score(), i + 1, true, "", tie, lottery.get(s.applicant().id())));
        }
        for (var s : others) {
            out.add(new Ranked(s.applicant(), s.score(), null, false, s.reason(), "", lottery.get(s.applicant().id())));
        }
        return out;
    }

    /** Lottery numbers 1..n for the ids, from the seed alone (not from the order the ids come in). */
    public static Map<String, Integer> lotteryNumbers(List<String> ids, long seed) {
        List<String> sorted = new ArrayList<>(ids);
        Collections.sort(sorted);
        Collections.shuffle(sorted, new Random(seed));
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            out.put(sorted.get(i), i + 1);
        }
        return out;
    }

    private static long key(double score) {
        return Double.isNaN(score) ? Long.MIN_VALUE / 2 : Math.round(score * 1e9);
    }

    private static Comparator<Aggregation.ApplicantScore> comparator(TieBreak t, Map<String, Integer> lottery) {
        return switch (t) {
            case HIGHER_LOW_INCOME -> Comparator.comparingDouble(s -> -s.applicant().number(Applicant.FRL_PERCENT)
                    .orElse(Double.NEGATIVE_INFINITY));
            case LARGER_ENROLLMENT -> Comparator.comparingDouble(s -> -s.applicant().number(Applicant.ENROLLMENT)
                    .orElse(Double.NEGATIVE_INFINITY));
            case LOTTERY -> Comparator.comparingInt(s -> lottery.get(s.applicant().id()));
        };
    }

    private static String decidedBy(Aggregation.ApplicantScore above, Aggregation.ApplicantScore below,
            List<TieBreak> tieBreaks, Map<String, Integer> lottery) {
        List<TieBreak> all = new ArrayList<>(tieBreaks);
        if (!all.contains(TieBreak.LOTTERY)) {
            all.add(TieBreak.LOTTERY);
        }
        for (TieBreak t : all) {
            if (comparator(t, lottery).compare(above, below) != 0) {
                return t.description();
            }
        }
        return TieBreak.LOTTERY.description();
    }
}
