package org.rolloutplanner.domain.selection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.descriptive.rank.Median;

/**
 * The aggregate of each applicant: for every preferred criterion, the declared method over the scores of the
 * reviewers without a conflict; then the weighted sum with the weights normalised to 1 (over the criteria that have a
 * score). Eligibility: an applicant failing an essential criterion (by a majority of the reviewers without a conflict
 * who answered it, or by its school data for a computed criterion) is not eligible, with the reason.
 */
public final class Aggregation {

    /**
     * One applicant's result.
     *
     * @param score       the aggregate (NaN when no preferred criterion has a score)
     * @param byCriterion the per-criterion aggregate in criterion order (NaN for essential or unscored criteria)
     * @param reason      why the applicant is not eligible ("" when eligible)
     * @param recused     reviewers left out because of a conflict
     * @param notes       other things worth saying (criteria without a score)
     */
    public record ApplicantScore(Applicant applicant, double score, double[] byCriterion, boolean eligible, String reason,
            List<String> recused, List<String> notes) {
    }

    private Aggregation() {
    }

    public static List<ApplicantScore> aggregate(ScoreSheet sheet, AggregationMethod method) {
        return aggregate(sheet, perCriterion(sheet, method));
    }

    /** The aggregates from per-criterion aggregates computed before (see {@link #perCriterion}). */
    public static List<ApplicantScore> aggregate(ScoreSheet sheet, double[][] byCriterion) {
        double[] weights = weights(sheet.criteria());
        List<ApplicantScore> out = new ArrayList<>(sheet.applicants().size());
        for (int a = 0; a < sheet.applicants().size(); a++) {
            double score = weightedSum(byCriterion[a], weights);
            List<String> notes = new ArrayList<>();
            for (int c = 0; c < sheet.criteria().size(); c++) {
                if (weights[c] > 0 && Double.isNaN(byCriterion[a][c])) {
                    notes.add("No score yet for \"" + sheet.criteria().get(c).name() + "\"; the other weights count in its place.");
                }
            }
            List<String> fails = failedEssentials(sheet, a);
            if (fails.isEmpty() && Double.isNaN(score) && Arrays.stream(weights).anyMatch(w -> w > 0)) {
                fails = List.of("no preferred criterion has a score yet");
            }
            String reason = fails.isEmpty() ? "" : capitalise(String.join("; ", fails)) + ".";
            out.add(new ApplicantScore(sheet.applicants().get(a), score, byCriterion[a], fails.isEmpty(), reason,
                    sheet.recused(a), notes));
        }
        return out;
    }

    /** Weights normalised to sum 1 over the preferred criteria (essential criteria weigh 0). */
    public static double[] weights(List<Criterion> criteria) {
        double[] w = new double[criteria.size()];
        double total = 0;
        int preferred = 0;
        for (int c = 0; c < w.length; c++) {
            if (!criteria.get(c).essential()) {
                w[c] = criteria.get(c).weight();
                total += w[c];
                preferred++;
            }
        }
        for (int c = 0; c < w.length; c++) {
            if (!criteria.get(c).essential()) {
                w[c] = total > 0 ? w[c] / total : 1.0 / preferred;
            }
        }
        return w;
    }

    /** Σ w·x over the criteria with a value, divided by the weight of those criteria; NaN when none has a value. */
    public static double weightedSum(double[] values, double[] weights) {
        double sum = 0;
        double weight = 0;
        for (int c = 0; c < values.length; c++) {
            if (weights[c] > 0 && !Double.isNaN(values[c])) {
                sum += weights[c] * values[c];
                weight += weights[c];
            }
        }
        return weight > 0 ? sum / weight : Double.NaN;
    }

    /** [applicant][criterion] aggregate of the preferred criteria, NaN for essential criteria and missing scores. */
    public static double[][] perCriterion(ScoreSheet sheet, AggregationMethod method) {
        int na = sheet.applicants().size();
        int nc = sheet.criteria().size();
        int nr = sheet.reviewers().size();
        double[][] out = new double[na][nc];
        for (int c = 0; c < nc; c++) {
            boolean preferred = !sheet.criteria().get(c).essential();
            double[] mean = new double[nr];
            double[] sd = new double[nr];
            if (preferred && method == AggregationMethod.ZSCORE) {
                for (int r = 0; r < nr; r++) {
                    double[] own = new double[na];
                    int n = 0;
                    for (int a = 0; a < na; a++) {
                        double v = sheet.counted(a, c, r);
                        if (!Double.isNaN(v)) {
                            own[n++] = v;
                        }
                    }
                    double[] values = Arrays.copyOf(own, n);
                    mean[r] = n > 0 ? StatUtils.mean(values) : Double.NaN;
                    sd[r] = n > 1 ? Math.sqrt(StatUtils.variance(values)) : 0;
                }
            }
            for (int a = 0; a < na; a++) {
                if (!preferred) {
                    out[a][c] = Double.NaN;
                    continue;
                }
                if (method == AggregationMethod.ZSCORE) {
                    double sum = 0;
                    int n = 0;
                    for (int r = 0; r < nr; r++) {
                        double v = sheet.counted(a, c, r);
                        if (!Double.isNaN(v)) {
                            sum += sd[r] > 0 ? (v - mean[r]) / sd[r] : 0;
                            n++;
                        }
                    }
                    out[a][c] = n > 0 ? sum / n : Double.NaN;
                } else {
                    out[a][c] = combine(sheet.countedScores(a, c), method);
                }
            }
        }
        return out;
    }

    /** The method over one set of scores (z-scores need the whole sheet, see {@link #perCriterion}). */
    public static double combine(double[] values, AggregationMethod method) {
        if (values.length == 0) {
            return Double.NaN;
        }
        return switch (method) {
            case MEAN, ZSCORE -> StatUtils.mean(values);
            case MEDIAN -> new Median().evaluate(values);
            case TRIMMED -> {
                if (values.length < 3) {
                    yield StatUtils.mean(values);
                }
                double[] sorted = values.clone();
                Arrays.sort(sorted);
                yield StatUtils.mean(sorted, 1, sorted.length - 2);
            }
        };
    }

    private static List<String> failedEssentials(ScoreSheet sheet, int a) {
        List<String> fails = new ArrayList<>();
        Applicant applicant = sheet.applicants().get(a);
        for (int c = 0; c < sheet.criteria().size(); c++) {
            Criterion criterion = sheet.criteria().get(c);
            if (!criterion.essential()) {
                continue;
            }
            if (criterion.gate() != null) {
                var pass = criterion.gate().test(applicant);
                if (pass.isEmpty()) {
                    fails.add(criterion.gate().field() + " is unknown, so \"" + criterion.name() + "\" ("
                            + criterion.gate().describe() + ") cannot be checked");
                } else if (!pass.get()) {
                    fails.add("fails \"" + criterion.name() + "\" (" + criterion.gate().describe() + "; the school has "
                            + Numbers.plain(applicant.number(criterion.gate().field()).getAsDouble()) + ")");
                }
                continue;
            }
            double[] answers = sheet.countedScores(a, c);
            if (answers.length == 0) {
                fails.add("no reviewer has answered \"" + criterion.name() + "\" yet");
                continue;
            }
            long failed = Arrays.stream(answers).filter(v -> v < 0.5).count();
            if (failed * 2 > answers.length) {
                fails.add("fails \"" + criterion.name() + "\" (" + failed + " of " + answers.length + " reviewers)");
            }
        }
        return fails;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
