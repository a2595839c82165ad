package org.rolloutplanner.domain.selection;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * How stable each rank is when the weights vary: in each draw every preferred weight is multiplied by a factor drawn
 * uniformly from [1 − spread, 1 + spread], the aggregates are recomputed from the per-criterion aggregates and the
 * eligible applicants re-ranked (equal scores keep the declared order). The band of an applicant is the best and worst
 * rank it reached, with the 5th and 95th percentiles of its ranks (nearest-rank method): nine draws in ten fall between
 * them, so one odd draw does not widen the band a committee reads.
 */
public final class Sensitivity {

    /** Lower and upper percentiles reported next to best and worst. */
    public static final int LOW_PERCENTILE = 5;
    public static final int HIGH_PERCENTILE = 95;

    /**
     * Best and worst rank over the draws, and the 5th and 95th percentiles of the ranks (null for an applicant that is
     * not eligible).
     */
    public record Band(int best, int worst, int p5, int p95) {

        public Band {
            if (!(best <= p5 && p5 <= p95 && p95 <= worst)) {
                throw new IllegalArgumentException("A rank band needs best <= 5th <= 95th percentile <= worst.");
            }
        }

        /** A band whose percentiles are its ends (a single ranking, no draws). */
        public Band(int best, int worst) {
            this(best, worst, best, worst);
        }

        /** "always 3", or "2–5 (5th–95th percentile: 3–4)". */
        public String describe() {
            if (best == worst) {
                return "always " + best;
            }
            return best + "–" + worst + " (" + LOW_PERCENTILE + "th–" + HIGH_PERCENTILE + "th percentile: "
                    + (p5 == p95 ? String.valueOf(p5) : p5 + "–" + p95) + ")";
        }
    }

    /**
     * The nearest-rank percentile of a rank histogram: {@code counts[from + pos * stride]} draws at rank pos + 1, of
     * {@code total} draws.
     */
    static int percentile(int[] counts, int from, int stride, int n, int total, int percent) {
        long needed = Math.max(1, (long) Math.ceil(percent / 100.0 * total));
        long seen = 0;
        for (int pos = 0; pos < n; pos++) {
            seen += counts[from + pos * stride];
            if (seen >= needed) {
                return pos + 1;
            }
        }
        return n;
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
        // how often each applicant reached each rank: n × n counts (700 applicants: under 2 MB), by rank then applicant
        // so that one draw writes along the rows in order
        int[] counts = new int[draws == 0 ? 0 : n * n];
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
                counts[pos * n + i]++;
            }
        }
        Band[] out = new Band[ranking.size()];
        for (int j = 0; j < ranking.size(); j++) {
            Integer rank = ranking.get(j).rank();
            if (rank != null) {
                int i = rank - 1;
                out[j] = draws == 0 ? new Band(rank, rank) : new Band(best[i], worst[i],
                        percentile(counts, i, n, n, draws, LOW_PERCENTILE), percentile(counts, i, n, n, draws, HIGH_PERCENTILE));
            }
        }
        return out;
    }
}
