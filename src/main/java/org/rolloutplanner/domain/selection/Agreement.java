package org.rolloutplanner.domain.selection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;

/**
 * Agreement between reviewers on the preferred criteria: Krippendorff's alpha with the interval metric (1 = perfect
 * agreement, 0 = no better than chance; it allows missing scores, so conflicts and unfinished grids need no special
 * case), per criterion and over all criteria together; and each reviewer compared with the others on the same
 * applicants, flagged when they deviate strongly.
 *
 * <p>Alpha = 1 − D<sub>o</sub>/D<sub>e</sub>. A unit is one applicant on one criterion with the scores of the reviewers
 * without a conflict; units with fewer than 2 scores are not pairable and are left out. With m<sub>u</sub> scores in
 * unit u, n = Σ m<sub>u</sub>: D<sub>o</sub> = (1/n) Σ<sub>u</sub> Σ<sub>i≠j in u</sub> (v<sub>i</sub>−v<sub>j</sub>)²
 * / (m<sub>u</sub>−1) and D<sub>e</sub> = Σ<sub>i≠j over all pairable values</sub> (v<sub>i</sub>−v<sub>j</sub>)² /
 * (n(n−1)). Ordered pairs over a set: Σ<sub>i≠j</sub>(v<sub>i</sub>−v<sub>j</sub>)² = 2(mΣv² − (Σv)²).
 */
public final class Agreement {

    /** Flag a reviewer whose mean difference from the others is at least this share of the rubric's range. */
    public static final double BIAS_FLAG = 0.25;
    /** Flag a reviewer whose scores correlate with the others' mean less than this. */
    public static final double CORRELATION_FLAG = 0.3;

    /**
     * How one reviewer compares with the others.
     *
     * @param bias        mean of (own score − others' mean), as a share of the rubric range (+ lenient, − harsh)
     * @param correlation Pearson correlation of own scores with the others' mean (NaN when fewer than 3 units or constant)
     * @param units       scores compared
     * @param flag        plain-English reason for a flag, "" when none
     */
    public record ReviewerAgreement(Reviewer reviewer, double bias, double correlation, int units, String flag) {
        public boolean flagged() {
            return !flag.isEmpty();
        }
    }

    /** Alpha over all preferred criteria, alpha per criterion id (NaN when not computable), and the reviewers. */
    public record Result(double alpha, Map<String, Double> alphaByCriterion, List<ReviewerAgreement> reviewers) {
    }

    private Agreement() {
    }

    public static Result of(ScoreSheet sheet) {
        List<double[]> allUnits = new ArrayList<>();
        Map<String, Double> byCriterion = new LinkedHashMap<>();
        for (int c = 0; c < sheet.criteria().size(); c++) {
            if (sheet.criteria().get(c).essential()) {
                continue;
            }
            List<double[]> units = new ArrayList<>();
            for (int a = 0; a < sheet.applicants().size(); a++) {
                double[] values = sheet.countedScores(a, c);
                if (values.length >= 2) {
                    units.add(values);
                }
            }
            byCriterion.put(sheet.criteria().get(c).id(), krippendorffInterval(units));
            allUnits.addAll(units);
        }
        return new Result(krippendorffInterval(allUnits), byCriterion, reviewers(sheet));
    }

    /** Krippendorff's alpha, interval metric, over units of values (missing values simply absent from a unit). */
    public static double krippendorffInterval(List<double[]> units) {
        double observed = 0;
        double n = 0;
        double sum = 0;
        double sumSquares = 0;
        for (double[] u : units) {
            int m = u.length;
            if (m < 2) {
                continue;
            }
            double s = 0;
            double s2 = 0;
            for (double v : u) {
                s += v;
                s2 += v * v;
            }
            observed += 2 * (m * s2 - s * s) / (m - 1);
            n += m;
            sum += s;
            sumSquares += s2;
        }
        if (n < 2) {
            return Double.NaN;
        }
        double expected = 2 * (n * sumSquares - sum * sum) / (n * (n - 1));
        observed /= n;
        return expected == 0 ? (observed == 0 ? 1.0 : Double.NaN) : 1 - observed / expected;
    }

    private static List<ReviewerAgreement> reviewers(ScoreSheet sheet) {
        List<ReviewerAgreement> out = new ArrayList<>();
        int nr = sheet.reviewers().size();
        for (int r = 0; r < nr; r++) {
            List<Double> own = new ArrayList<>();
            List<Double> others = new ArrayList<>();
            double biasSum = 0;
            for (int c = 0; c < sheet.criteria().size(); c++) {
                Criterion criterion = sheet.criteria().get(c);
                if (criterion.essential()) {
                    continue;
                }
                double range = Math.max(1, criterion.max() - criterion.min());
                for (int a = 0; a < sheet.applicants().size(); a++) {
                    double v = sheet.counted(a, c, r);
                    if (Double.isNaN(v)) {
                        continue;
                    }
                    double s = 0;
                    int m = 0;
                    for (int q = 0; q < nr; q++) {
                        double w = q == r ? Double.NaN : sheet.counted(a, c, q);
                        if (!Double.isNaN(w)) {
                            s += w;
                            m++;
                        }
                    }
                    if (m == 0) {
                        continue;
                    }
                    double othersMean = s / m;
                    own.add(v / range);
                    others.add(othersMean / range);
                    biasSum += (v - othersMean) / range;
                }
            }
            int units = own.size();
            double bias = units > 0 ? biasSum / units : Double.NaN;
            double corr = Double.NaN;
            if (units >= 3) {
                double[] x = own.stream().mapToDouble(Double::doubleValue).toArray();
                double[] y = others.stream().mapToDouble(Double::doubleValue).toArray();
                corr = new PearsonsCorrelation().correlation(x, y);
            }
            String flag = "";
            Reviewer reviewer = sheet.reviewers().get(r);
            if (!Double.isNaN(bias) && Math.abs(bias) >= BIAS_FLAG) {
                flag = reviewer.name() + " scores " + (bias > 0 ? "higher" : "lower") + " than the others by "
                        + Math.round(Math.abs(bias) * 100) + "% of the rubric scale on average.";
            } else if (!Double.isNaN(corr) && corr < CORRELATION_FLAG) {
                flag = reviewer.name() + " orders the schools differently from the others (correlation "
                        + Numbers.plain(corr) + ").";
            }
            out.add(new ReviewerAgreement(reviewer, bias, corr, units, flag));
        }
        return out;
    }
}
