package org.rolloutplanner.io.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.rolloutplanner.domain.selection.CohortRule;
import org.rolloutplanner.domain.selection.Criterion;
import org.rolloutplanner.domain.selection.Ranking;
import org.rolloutplanner.domain.selection.Reviewer;
import org.rolloutplanner.domain.selection.SelectionAnalysis;
import org.rolloutplanner.domain.selection.SelectionOutcome;
import org.rolloutplanner.domain.selection.Sensitivity;
import org.rolloutplanner.domain.selection.TieBreak;

/**
 * Selection: the record of the selection round the scenario came from. The round (seats, method, tie-breaks, lottery
 * seed, agreement between reviewers, the cohort builder's message); the criteria with weights and shares; the
 * composition rules; then one row per applicant in rank order with its aggregate and per-criterion scores, eligibility,
 * the tie-break applied, its rank band, whether the committee's cohort has it and why, and its cohort in this scenario.
 * Everything a person typed (round, criterion, reviewer and school names, rules) is text; scores are numbers.
 */
final class SelectionSheet implements SheetPart {

    /** Labels of the round's facts, in order (column A). */
    static final String ROUND = "Selection round";
    static final String APPLICANTS_TITLE = "Applicants, best rank first";
    static final String RANK = "Rank";

    private final SelectionOutcome outcome;
    private final ExportedPlan plan;
    private final Cells cells;

    SelectionSheet(SelectionOutcome outcome, ExportedPlan plan, Cells cells) {
        this.outcome = outcome;
        this.plan = plan;
        this.cells = cells;
    }

    @Override
    public void template(XSSFSheet sheet) {
        var st = cells.styles;
        SelectionAnalysis a = outcome.analysis();
        List<Criterion> preferred = outcome.criteria().stream().filter(c -> !c.essential()).toList();
        int cols = 11 + preferred.size();
        Widths w = new Widths(cols);
        cells.text(Cells.row(sheet, 0), 0, "Selection: " + outcome.round().name(), st.title);
        cells.text(Cells.row(sheet, 1), 0, "The committee's results as the Selection area computes them from the round's "
                + "scores on the day of the export.");
        int r = 3;
        r = fact(sheet, w, r, ROUND, outcome.round().name());
        Row stage = Cells.row(sheet, r++);
        label(stage, w, "Stage");
        cells.number(stage, 1, outcome.round().stage(), st.integer);
        Row seats = Cells.row(sheet, r++);
        label(seats, w, "Seats in the cohort");
        cells.number(seats, 1, outcome.seats(), st.integer);
        r = fact(sheet, w, r, "Reviewers", String.join(", ", outcome.reviewers().stream().map(Reviewer::name).toList()));
        r = fact(sheet, w, r, "Scores combined by", a.method().description());
        List<String> ties = new ArrayList<>();
        for (TieBreak t : a.tieBreaks()) {
            ties.add(t.description());
        }
        r = fact(sheet, w, r, "Tie-breaks, in order", String.join(", then ", ties) + " (equal scores only)");
        Row seed = Cells.row(sheet, r++);
        label(seed, w, "Lottery seed");
        cells.number(seed, 1, a.seed(), st.integer);
        Row alpha = Cells.row(sheet, r++);
        label(alpha, w, "Agreement (Krippendorff's alpha)");
        if (Double.isNaN(a.agreement().alpha())) {
            cells.text(alpha, 1, "not enough scores yet");
        } else {
            cells.number(alpha, 1, a.agreement().alpha(), st.score);
        }
        cells.text(alpha, 2, "1 = full agreement, 0 = no better than chance");
        r = fact(sheet, w, r, "Cohort", outcome.cohort().message());
        if (!outcome.cohort().conflicting().isEmpty()) {
            r = fact(sheet, w, r, "Rules that conflict", String.join("; ", outcome.cohort().conflicting()));
        }

        r++;
        cells.text(Cells.row(sheet, r++), 0, "Criteria and weights", st.section);
        Row ch = Cells.row(sheet, r++);
        String[] critHead = {"Criterion", "Short name", "Kind", "Weight", "Share of the weights", "Scale"};
        for (int i = 0; i < critHead.length; i++) {
            cells.text(ch, i, critHead[i], st.header);
            w.see(i, Math.min(critHead[i].length(), 14));
        }
        Map<String, Double> shares = Criterion.shares(outcome.criteria());
        for (Criterion c : outcome.criteria()) {
            Row row = Cells.row(sheet, r++);
            cells.text(row, 0, c.name());
            cells.text(row, 1, c.id());
            w.see(1, c.id());
            String kind = c.essential() ? (c.answeredByReviewers() ? "essential (pass or fail)"
                    : "essential, from school data: " + c.gate().describe()) : "preferred";
            cells.text(row, 2, kind);
            w.see(2, Math.min(kind.length(), 40));
            if (!c.essential()) {
                cells.number(row, 3, c.weight(), st.score);
                cells.number(row, 4, shares.getOrDefault(c.id(), 0.0) / 100, st.percent);
                cells.text(row, 5, c.min() + " to " + c.max());
            } else {
                cells.text(row, 5, "pass or fail");
            }
            w.see(5, "pass or fail");
        }

        r++;
        cells.text(Cells.row(sheet, r++), 0, "Composition rules of the cohort", st.section);
        if (outcome.rules().isEmpty()) {
            cells.text(Cells.row(sheet, r++), 0, "None: the best-scored eligible schools fill the seats.");
        }
        for (CohortRule rule : outcome.rules()) {
            cells.text(Cells.row(sheet, r++), 0, rule.describe());
        }

        r++;
        cells.text(Cells.row(sheet, r++), 0, APPLICANTS_TITLE, st.section);
        Row head = Cells.row(sheet, r++);
        List<String> heads = new ArrayList<>(List.of(RANK, "School id", "School", "Score"));
        preferred.forEach(c -> heads.add(c.name()));
        heads.addAll(List.of("Eligible", "Tie-break applied", "Rank band (weights ±20%)", "Left out for a conflict",
                "Committee's cohort", "Why", "Cohort in this scenario"));
        for (int i = 0; i < heads.size(); i++) {
            cells.text(head, i, heads.get(i), st.header);
            w.see(i, Math.min(heads.get(i).length(), 14));
        }
        int firstScore = 4;
        int after = firstScore + preferred.size();
        Map<String, Integer> cohortOf = plan.plan().cohortBySchool();
        List<String> chosen = outcome.cohort().selected();
        Sensitivity.Band[] bands = a.bands();
        for (int i = 0; i < a.ranking().size(); i++) {
            Ranking.Ranked ranked = a.ranking().get(i);
            String id = ranked.applicant().id();
            Row row = Cells.row(sheet, r++);
            if (ranked.rank() != null) {
                cells.number(row, 0, ranked.rank(), st.integer);
            } else {
                cells.text(row, 0, "not ranked");
            }
            cells.text(row, 1, id);
            w.see(1, id);
            cells.text(row, 2, ranked.applicant().name());
            w.see(2, ranked.applicant().name());
            if (Double.isFinite(ranked.score())) {
                cells.number(row, 3, ranked.score(), st.score);
            } else {
                cells.text(row, 3, "no score yet");
            }
            var score = outcome.score(id);
            for (int c = 0; c < preferred.size(); c++) {
                int index = outcome.criteria().indexOf(preferred.get(c));
                double v = score.map(s -> s.byCriterion()[index]).orElse(Double.NaN);
                if (Double.isFinite(v)) {
                    cells.number(row, firstScore + c, v, st.score);
                }
            }
            String eligible = ranked.eligible() ? "yes" : "no: " + ranked.reason();
            cells.text(row, after, eligible);
            w.see(after, Math.min(eligible.length(), 40));
            cells.text(row, after + 1, ranked.tieBreak());
            w.see(after + 1, Math.min(ranked.tieBreak().length(), 40));
            cells.text(row, after + 2, bands[i] == null ? "" : bands[i].describe());
            String recused = score.map(s -> String.join(", ", s.recused())).orElse("");
            cells.text(row, after + 3, recused);
            w.see(after + 3, Math.min(recused.length(), 30));
            cells.text(row, after + 4, chosen.contains(id) ? "In" : "Out");
            String why = outcome.cohort().reasons().getOrDefault(id, "");
            cells.text(row, after + 5, why, st.wrapped);
            w.see(after + 5, Math.min(why.length(), 60));
            Integer cohort = cohortOf.get(id);
            if (cohort != null) {
                cells.number(row, after + 6, cohort, st.integer);
            } else {
                cells.text(row, after + 6, plan.scenario().exclusions().contains(id) ? "left out of the scenario"
                        : "not in the plan");
            }
        }
        w.see(0, 32);
        w.apply(sheet);
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    private int fact(XSSFSheet sheet, Widths w, int r, String label, String value) {
        Row row = Cells.row(sheet, r);
        label(row, w, label);
        cells.text(row, 1, value);
        return r + 1;
    }

    private void label(Row row, Widths w, String label) {
        cells.text(row, 0, label, cells.styles.bold);
        w.see(0, label);
    }
}
