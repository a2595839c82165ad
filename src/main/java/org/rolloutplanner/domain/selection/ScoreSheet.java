package org.rolloutplanner.domain.selection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a committee has entered for a round, indexed for fast aggregation: applicants, criteria, reviewers,
 * scores (a cell is NaN when missing) and conflicts. A conflicted reviewer's scores of that applicant are never used.
 */
public final class ScoreSheet {

    private final List<Applicant> applicants;
    private final List<Criterion> criteria;
    private final List<Reviewer> reviewers;
    private final Map<String, Integer> applicantIndex = new HashMap<>();
    private final Map<String, Integer> criterionIndex = new HashMap<>();
    private final Map<String, Integer> reviewerIndex = new HashMap<>();
    /** [applicant][criterion][reviewer], NaN when missing. */
    private final double[][][] scores;
    /** [applicant][reviewer]. */
    private final boolean[][] conflicted;

    public ScoreSheet(List<Applicant> applicants, List<Criterion> criteria, List<Reviewer> reviewers, List<Score> scores,
            List<Conflict> conflicts) {
        this.applicants = List.copyOf(applicants);
        this.criteria = List.copyOf(criteria);
        this.reviewers = List.copyOf(reviewers);
        for (int i = 0; i < this.applicants.size(); i++) {
            if (applicantIndex.put(this.applicants.get(i).id(), i) != null) {
                throw new IllegalArgumentException("The applicant " + this.applicants.get(i).id() + " is listed twice.");
            }
        }
        for (int i = 0; i < this.criteria.size(); i++) {
            if (criterionIndex.put(this.criteria.get(i).id(), i) != null) {
                throw new IllegalArgumentException("The criterion " + this.criteria.get(i).id() + " is listed twice.");
            }
        }
        for (int i = 0; i < this.reviewers.size(); i++) {
            reviewerIndex.put(this.reviewers.get(i).id(), i);
        }
        this.scores = new double[this.applicants.size()][this.criteria.size()][this.reviewers.size()];
        for (double[][] a : this.scores) {
            for (double[] c : a) {
                Arrays.fill(c, Double.NaN);
            }
        }
        this.conflicted = new boolean[this.applicants.size()][this.reviewers.size()];
        for (Conflict x : conflicts) {
            Integer a = applicantIndex.get(x.applicant());
            Integer r = reviewerIndex.get(x.reviewer());
            if (a != null && r != null) {
                conflicted[a][r] = true;
            }
        }
        for (Score s : scores) {
            int a = require(applicantIndex, s.applicant(), "applicant");
            int c = require(criterionIndex, s.criterion(), "criterion");
            int r = require(reviewerIndex, s.reviewer(), "reviewer");
            this.scores[a][c][r] = s.value();
        }
    }

    /** Builds the reviewers from the ids used in scores and conflicts (for the command line, which has no reviewer file). */
    public static ScoreSheet of(List<Applicant> applicants, List<Criterion> criteria, List<Score> scores, List<Conflict> conflicts) {
        Map<String, Reviewer> reviewers = new java.util.LinkedHashMap<>();
        scores.forEach(s -> reviewers.putIfAbsent(s.reviewer(), new Reviewer(s.reviewer(), s.reviewer(), "")));
        conflicts.forEach(x -> reviewers.putIfAbsent(x.reviewer(), new Reviewer(x.reviewer(), x.reviewer(), "")));
        return new ScoreSheet(applicants, criteria, new ArrayList<>(reviewers.values()), scores, conflicts);
    }

    private static int require(Map<String, Integer> index, String id, String what) {
        Integer i = index.get(id);
        if (i == null) {
            throw new IllegalArgumentException("A score names the " + what + " " + id + ", which is not in the round.");
        }
        return i;
    }

    public List<Applicant> applicants() {
        return applicants;
    }

    public List<Criterion> criteria() {
        return criteria;
    }

    public List<Reviewer> reviewers() {
        return reviewers;
    }

    public int applicantIndex(String id) {
        return applicantIndex.getOrDefault(id, -1);
    }

    public int criterionIndex(String id) {
        return criterionIndex.getOrDefault(id, -1);
    }

    public int reviewerIndex(String id) {
        return reviewerIndex.getOrDefault(id, -1);
    }

    /** The raw score, NaN when missing (conflicts are not applied here). */
    public double score(int applicant, int criterion, int reviewer) {
        return scores[applicant][criterion][reviewer];
    }

    public boolean conflicted(int applicant, int reviewer) {
        return conflicted[applicant][reviewer];
    }

    /** The score that counts: NaN when missing or when the reviewer is conflicted. */
    public double counted(int applicant, int criterion, int reviewer) {
        return conflicted[applicant][reviewer] ? Double.NaN : scores[applicant][criterion][reviewer];
    }

    /** The scores that count for an applicant on a criterion, in reviewer order. */
    public double[] countedScores(int applicant, int criterion) {
        double[] out = new double[reviewers.size()];
        int n = 0;
        for (int r = 0; r < reviewers.size(); r++) {
            double v = counted(applicant, criterion, r);
            if (!Double.isNaN(v)) {
                out[n++] = v;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** Reviewer progress: scores entered of the scores expected (applicants × reviewer-answered criteria, minus conflicts). */
    public int[] progress(int reviewer) {
        int done = 0;
        int expected = 0;
        for (int a = 0; a < applicants.size(); a++) {
            if (conflicted[a][reviewer]) {
                continue;
            }
            for (int c = 0; c < criteria.size(); c++) {
                if (!criteria.get(c).answeredByReviewers()) {
                    continue;
                }
                expected++;
                if (!Double.isNaN(scores[a][c][reviewer])) {
                    done++;
                }
            }
        }
        return new int[] {done, expected};
    }

    /** Names of reviewers left out of an applicant's aggregate because of a conflict. */
    public List<String> recused(int applicant) {
        List<String> out = new ArrayList<>();
        for (int r = 0; r < reviewers.size(); r++) {
            if (conflicted[applicant][r]) {
                out.add(reviewers.get(r).name());
            }
        }
        return out;
    }
}
