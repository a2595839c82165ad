package org.rolloutplanner.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.rolloutplanner.domain.selection.CohortBuilder;
import org.rolloutplanner.domain.selection.Criterion;
import org.rolloutplanner.domain.selection.Numbers;
import org.rolloutplanner.domain.selection.Ranking;
import org.rolloutplanner.domain.selection.ScoreSheet;
import org.rolloutplanner.domain.selection.SelectionAnalysis;
import org.rolloutplanner.domain.selection.Sensitivity;
import org.rolloutplanner.domain.selection.TieBreak;

/**
 * The {@code rank} command's output. JSON: {@code ranking} (each {@code applicant}, {@code name}, {@code score},
 * {@code rank}, {@code eligible}, {@code reason} when not eligible, {@code tieBreak} when a tie was broken,
 * {@code rankBand}, {@code recused}), {@code selected} and {@code objective} (with --seats), {@code cohort} (feasible,
 * optimal, message, conflictingRules, reasons), {@code agreement} (Krippendorff's alpha, per criterion, reviewers),
 * plus method, seed, tieBreaks and weights. Scores are rounded to 6 decimals; a score that cannot be computed is null.
 */
final class RankOutput {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private RankOutput() {
    }

    static String json(SelectionAnalysis analysis, ScoreSheet sheet, CohortBuilder.Result cohort, Integer seats) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("method", analysis.method().word());
        root.put("methodDescription", analysis.method().description());
        root.put("seed", analysis.seed());
        ArrayNode ties = root.putArray("tieBreaks");
        analysis.tieBreaks().forEach(t -> ties.add(t.description()));
        ObjectNode weights = root.putObject("weights");
        Criterion.shares(sheet.criteria()).forEach((id, share) -> weights.put(id, Numbers.round6(share)));
        ArrayNode ranking = root.putArray("ranking");
        for (int i = 0; i < analysis.ranking().size(); i++) {
            Ranking.Ranked r = analysis.ranking().get(i);
            ObjectNode o = ranking.addObject();
            o.put("applicant", r.applicant().id());
            o.put("name", r.applicant().name());
            number(o, "score", r.score());
            if (r.rank() == null) {
                o.putNull("rank");
            } else {
                o.put("rank", r.rank());
            }
            o.put("eligible", r.eligible());
            if (!r.eligible()) {
                o.put("reason", r.reason());
            }
            if (!r.tieBreak().isEmpty()) {
                o.put("tieBreak", r.tieBreak());
            }
            if (r.tieBreak().equals(TieBreak.LOTTERY.description())) {
                o.put("lotteryNumber", r.lotteryNumber());
            }
            Sensitivity.Band band = analysis.bands()[i];
            if (band != null) {
                ObjectNode b = o.putObject("rankBand");
                b.put("best", band.best());
                b.put("worst", band.worst());
                b.put("p5", band.p5());
                b.put("p95", band.p95());
            }
            ArrayNode recused = o.putArray("recused");
            sheet.recused(sheet.applicantIndex(r.applicant().id())).forEach(recused::add);
            if (cohort != null) {
                o.put("selected", cohort.selected().contains(r.applicant().id()));
                o.put("cohortReason", cohort.reasons().getOrDefault(r.applicant().id(), ""));
            }
        }
        if (cohort != null) {
            root.put("seats", seats);
            ArrayNode selected = root.putArray("selected");
            cohort.selected().forEach(selected::add);
            number(root, "objective", cohort.feasible() ? cohort.objective() : Double.NaN);
            ObjectNode c = root.putObject("cohort");
            c.put("feasible", cohort.feasible());
            c.put("optimal", cohort.optimal());
            c.put("message", cohort.message());
            ArrayNode conflicting = c.putArray("conflictingRules");
            cohort.conflicting().forEach(conflicting::add);
        }
        ObjectNode agreement = root.putObject("agreement");
        agreement.put("statistic", "Krippendorff's alpha, interval metric");
        number(agreement, "alpha", analysis.agreement().alpha());
        ObjectNode byCriterion = agreement.putObject("byCriterion");
        analysis.agreement().alphaByCriterion().forEach((id, a) -> number(byCriterion, id, a));
        ArrayNode reviewers = agreement.putArray("reviewers");
        for (var ra : analysis.agreement().reviewers()) {
            ObjectNode o = reviewers.addObject();
            o.put("reviewer", ra.reviewer().id());
            o.put("scoresCompared", ra.units());
            number(o, "bias", ra.bias());
            number(o, "correlation", ra.correlation());
            o.put("flagged", ra.flagged());
            if (ra.flagged()) {
                o.put("flag", ra.flag());
            }
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void number(ObjectNode o, String field, double value) {
        if (Double.isFinite(value)) {
            o.put(field, Numbers.round6(value));
        } else {
            o.putNull(field);
        }
    }

    static String csv(SelectionAnalysis analysis, CohortBuilder.Result cohort) {
        List<String> header = new ArrayList<>(List.of("applicant", "name", "score", "rank", "eligible", "reason", "tie_break",
                "rank_band_best", "rank_band_worst"));
        if (cohort != null) {
            header.add("selected");
            header.add("cohort_reason");
        }
        // added after the first release of the format: at the end, so readers by position keep working
        header.add("rank_band_p5");
        header.add("rank_band_p95");
        StringWriter out = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n")
                .setHeader(header.toArray(String[]::new)).get())) {
            for (int i = 0; i < analysis.ranking().size(); i++) {
                Ranking.Ranked r = analysis.ranking().get(i);
                Sensitivity.Band band = analysis.bands()[i];
                List<Object> row = new ArrayList<>(List.of(r.applicant().id(), r.applicant().name(),
                        Double.isFinite(r.score()) ? String.valueOf(Numbers.round6(r.score())) : "",
                        r.rank() == null ? "" : String.valueOf(r.rank()), String.valueOf(r.eligible()), r.reason(), r.tieBreak(),
                        band == null ? "" : String.valueOf(band.best()), band == null ? "" : String.valueOf(band.worst())));
                if (cohort != null) {
                    row.add(String.valueOf(cohort.selected().contains(r.applicant().id())));
                    row.add(cohort.reasons().getOrDefault(r.applicant().id(), ""));
                }
                row.add(band == null ? "" : String.valueOf(band.p5()));
                row.add(band == null ? "" : String.valueOf(band.p95()));
                p.printRecord(row);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }
}
