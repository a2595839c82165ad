package org.rolloutplanner.domain.selection;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * How stable each rank is when the weights vary: in each draw every preferred weight is multiplied by a factor drawn
 * uniformly from [1 − spread, 1 + spread], the aggregates are recomputed from the per-criterion aggregates and the
 * eligible applicants re-ranked (equal scores keep the declared order). The band of an applicant is the best and worst
 * rank it reached.
 */
public final class Sensitivity {

    /** Best and worst rank over the draws (null for an applicant that is not eligible). */
    public record Band(int best, int worst) {
        public String describe() {
            return best == worst ? "always " + best : best + "–" + worst;
        }
    }

    private Sensitivity() {
    }

    /**
     * @param byCriterion per-criterion aggregates [applicant][criterion] (see {@link Aggregation#perCriterion})
     * @param criteria    the criteria (weights read from here)
     * @param ranking     the declared ranking; its order breaks equal scores in the draws
     * @return bands in the order of {@code ranking}'s applicants; null for applicants without a rank
     */
    public static Band[] bands(ScoreSheet sheet, double[][] byCriterion, List<Ranking.Ranked> ranking, int draws,
            double spread, long seed) {
        List<Criterion> criteria = sheet.criteria();
        double[] base = new double[criteria.size()];
        for (int c = 0; c < base.length; c++) {
            base[c] = criteria.get(c).essential() ? 0 : criteria.get(c).weight();
        }
        if (Arrays.stream(base).sum() == 0) {
            for (int c = 0; c < base.length; c++) {
                base[c] = criteria.get(c).essential() ? 0 : 1;
            }
        }
        int n = 0;
        for (var r : ranking) {
            if (r.rank() != null) {
                n++;
            }
        }
        int[] rows = new int[n];
        for (var r : ranking) {
            if (r.rank() != null) {
                rows[r.rank() - 1] = sheet.applicantIndex(r.applicant().id());
            }
        }
        int[] best = new int[n];
        int[] worst = new int[n];
        Arrays.fill(best, Integer.MAX_VALUE);
        SplittableRandom random = new SplittableRandom(seed);
        double[] w = new double[base.length];
        int indexBits = 32 - Integer.numberOfLeadingZeros(Math.max(1, n));
        long indexMask = (1L << indexBits) - 1;
        long[] keys = new long[n];
        for (int d = 0; d < draws; d++) {
            for (int c = 0; c < w.length; c++) {
                w[c] = base[c] * (1 - spread + 2 * spread * random.nextDouble());
            }
            // sort once on primitive keys: the order of −score (its lowest mantissa bits give way to the declared rank)
            for (int i = 0; i < n; i++) {
                long bits = Double.doubleToLongBits(-Aggregation.weightedSum(byCriterion[rows[i]], w));
                long sortable = bits < 0 ? bits ^ Long.MAX_VALUE : bits;
                keys[i] = (sortable & ~indexMask) | i;
            }
            Arrays.sort(keys);
            for (int pos = 0; pos < n; pos++) {
                int i = (int) (keys[pos] & indexMask);
                best[i] = Math.min(best[i], pos + 1);
                worst[i] = Math.max(worst[i], pos + 1);
            }
        }
        Band[] out = new Band[ranking.size()];
        for (int j = 0; j < ranking.size(); j++) {
            Integer rank = ranking.get(j).rank();
            if (rank != null) {
                out[j] = draws == 0 ? new Band(rank, rank) : new Band(best[rank - 1], worst[rank - 1]);
            }
        }
        return out;
    }
}
