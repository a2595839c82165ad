package org.rolloutplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code rank} command as scripts use it. Four applicants; P1 (weight 3) and P2 (weight 1) on 1–4; an essential
 * "named project manager"; reviewers R1–R3:
 * <pre>
 *        P1 (R1,R2,R3)  P2 (R1,R2,R3)  PM
 *   A    4 3 2          1 2 3          all 1
 *   B    3 3 3          4 4 1          all 1
 *   C    2 1 4          3 3 3          all 1
 *   D    4 4 4          4 4 4          R1 0, R2 0, R3 1  → not eligible (2 of 3)
 * </pre>
 */
class RankCommandTest {

    @TempDir
    Path dir;

    Path applicants;
    Path criteria;
    Path scores;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void writeFiles() throws IOException {
        applicants = write("A.csv", "id,name,level,region,enrollment,frl_percent,district",
                "A,Adams Elementary,elementary,North,600,55,D1",
                "B,Baker Middle,middle,North,700,65,D1",
                "C,Cedar High,high,South,1500,45,D2",
                "D,Dunn High,high,South,1200,80,D2");
        criteria = write("C.csv", "id,name,kind,weight,min,max",
                "P1,Leadership,preferred,3,1,4",
                "P2,Teacher engagement,preferred,1,1,4",
                "PM,Named project manager,essential,,,");
        List<String> rows = new ArrayList<>(List.of("reviewer,applicant,criterion,score"));
        String[][] p1 = {{"A", "4", "3", "2"}, {"B", "3", "3", "3"}, {"C", "2", "1", "4"}, {"D", "4", "4", "4"}};
        String[][] p2 = {{"A", "1", "2", "3"}, {"B", "4", "4", "1"}, {"C", "3", "3", "3"}, {"D", "4", "4", "4"}};
        for (int i = 0; i < 4; i++) {
            for (int r = 1; r <= 3; r++) {
                rows.add("R" + r + "," + p1[i][0] + ",P1," + p1[i][r]);
                rows.add("R" + r + "," + p2[i][0] + ",P2," + p2[i][r]);
                String pm = p1[i][0].equals("D") && r < 3 ? "0" : "1";
                rows.add("R" + r + "," + p1[i][0] + ",PM," + pm);
            }
        }
        scores = write("S.csv", rows.toArray(String[]::new));
    }

    Path write(String name, String... lines) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, List.of(lines), StandardCharsets.UTF_8);
        return p;
    }

    int run(String... extra) {
        List<String> args = new ArrayList<>(List.of("rank", "--applicants", applicants.toString(), "--criteria",
                criteria.toString(), "--scores", scores.toString(), "--seed", "42"));
        args.addAll(List.of(extra));
        var cl = Main.newCommandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args.toArray(String[]::new));
    }

    JsonNode json() throws IOException {
        return new ObjectMapper().readTree(out.toString());
    }

    static double score(JsonNode root, String id) {
        for (JsonNode r : root.get("ranking")) {
            if (r.get("applicant").asText().equals(id)) {
                return r.get("score").asDouble();
            }
        }
        throw new AssertionError("no " + id);
    }

    @Test
    void meanRanksTheEligibleApplicantsAndGivesTheReasonForTheOthers() throws IOException {
        assertThat(run("--format", "json")).as(err.toString()).isZero();
        JsonNode root = json();
        JsonNode ranking = root.get("ranking");
        // B 3.0, A 2.75, C 2.5; D not eligible
        assertThat(ranking).extracting(r -> r.get("applicant").asText()).containsExactly("B", "A", "C", "D");
        assertThat(ranking.get(0).get("score").asDouble()).isEqualTo(3.0);
        assertThat(ranking.get(0).get("rank").asInt()).isEqualTo(1);
        assertThat(ranking.get(0).get("eligible").asBoolean()).isTrue();
        assertThat(ranking.get(0).has("reason")).isFalse();
        assertThat(ranking.get(1).get("score").asDouble()).isEqualTo(2.75);
        assertThat(ranking.get(2).get("score").asDouble()).isEqualTo(2.5);
        JsonNode d = ranking.get(3);
        assertThat(d.get("rank").isNull()).isTrue();
        assertThat(d.get("eligible").asBoolean()).isFalse();
        assertThat(d.get("reason").asText()).isEqualTo("Fails \"Named project manager\" (2 of 3 reviewers).");
        assertThat(root.get("seed").asLong()).isEqualTo(42);
        assertThat(root.has("selected")).isFalse();
        assertThat(root.get("agreement").has("alpha")).isTrue();
        assertThat(root.get("weights").get("P1").asDouble()).isEqualTo(75.0);
    }

    @Test
    void medianAndTrimmedAndZscoreMethods() throws IOException {
        assertThat(run("--format", "json", "--method", "median")).isZero();
        JsonNode median = json();
        assertThat(score(median, "A")).isEqualTo(2.75);
        assertThat(score(median, "B")).isEqualTo(3.25);
        assertThat(score(median, "C")).isEqualTo(2.25);
        out.getBuffer().setLength(0);
        assertThat(run("--format", "json", "--method", "trimmed")).isZero();
        assertThat(score(json(), "B")).isEqualTo(3.25);
        out.getBuffer().setLength(0);
        assertThat(run("--format", "json", "--method", "zscore")).isZero();
        // zscores are centred per reviewer and criterion, so over the four applicants they sum to 0 per reviewer
        JsonNode z = json();
        assertThat(z.get("method").asText()).isEqualTo("zscore");
        assertThat(score(z, "D")).isGreaterThan(score(z, "B"));
    }

    @Test
    void aConflictLeavesTheReviewerOutOfThatAggregate() throws IOException {
        Path conflicts = write("X.csv", "reviewer,applicant", "R1,A");
        assertThat(run("--format", "json", "--conflicts", conflicts.toString())).as(err.toString()).isZero();
        JsonNode root = json();
        // A without R1: P1 mean(3,2) = 2.5, P2 mean(2,3) = 2.5 → 2.5, now tied with C (2.5): C has lower frl (45 < 55)
        assertThat(score(root, "A")).isEqualTo(2.5);
        assertThat(root.get("ranking")).extracting(r -> r.get("applicant").asText()).containsExactly("B", "A", "C", "D");
        assertThat(root.get("ranking").get(1).get("tieBreak").asText()).isEqualTo("higher low-income share");
        assertThat(root.get("ranking").get(1).get("recused")).extracting(JsonNode::asText).containsExactly("R1");
    }

    @Test
    void seatsAndRulesPickTheBestCohortWithReasons() throws IOException {
        assertThat(run("--format", "json", "--seats", "2", "--require", "level=high:1:", "--min-average",
                "frl_percent:50")).as(err.toString()).isZero();
        JsonNode root = json();
        // must take C (only eligible high school); then B (65) keeps the average ≥ 50: (45+65)/2 = 55
        assertThat(root.get("selected")).extracting(JsonNode::asText).containsExactly("B", "C");
        assertThat(root.get("objective").asDouble()).isCloseTo(5.5, within(1e-9));
        assertThat(root.get("cohort").get("optimal").asBoolean()).isTrue();
        JsonNode c = root.get("ranking").get(2);
        assertThat(c.get("cohortReason").asText()).isEqualTo("In: rank 3, score 2.5; chosen to meet \"at least 1 with level = high\".");
    }

    @Test
    void aSchoolTiedWithASelectedOneIsToldSo() throws IOException {
        Path conflicts = write("X.csv", "reviewer,applicant", "R1,A");
        // A and C both 2.5; seats 2 without rules: B (3.0) and one of A or C
        assertThat(run("--format", "json", "--conflicts", conflicts.toString(), "--seats", "2")).isZero();
        JsonNode root = json();
        assertThat(root.get("selected")).hasSize(2);
        assertThat(root.get("objective").asDouble()).isCloseTo(5.5, within(1e-9));
        for (JsonNode r : root.get("ranking")) {
            if (r.get("eligible").asBoolean() && !r.get("selected").asBoolean()) {
                assertThat(r.get("cohortReason").asText()).endsWith("it ties with a selected school: a cohort with the same "
                        + "total could take it instead.");
            }
        }
    }

    @Test
    void noCohortSatisfiesImpossibleRules() throws IOException {
        assertThat(run("--format", "json", "--seats", "2", "--require", "level=high:2:")).isZero();
        JsonNode root = json();
        assertThat(root.get("selected")).isEmpty();
        assertThat(root.get("objective").isNull()).isTrue();
        assertThat(root.get("cohort").get("message").asText()).startsWith("No cohort satisfies these rules.");
        assertThat(root.get("cohort").get("conflictingRules")).extracting(JsonNode::asText)
                .containsExactly("at least 2 with level = high");
        assertThat(err.toString()).contains("No cohort satisfies these rules.");
    }

    @Test
    void csvHasOneRowPerApplicant() {
        assertThat(run("--format", "csv", "--seats", "1")).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(0)).isEqualTo("applicant,name,score,rank,eligible,reason,tie_break,rank_band_best,rank_band_worst,"
                + "selected,cohort_reason,rank_band_p5,rank_band_p95");
        assertThat(lines.get(1)).startsWith("B,Baker Middle,3.0,1,true,,,1,");
        assertThat(lines).hasSize(5);
    }

    @Test
    void aScoreOutsideTheRubricNamesFileRowAndColumn() throws IOException {
        Files.writeString(scores, "R1,A,P1,5\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        assertThat(run("--format", "json")).isEqualTo(2);
        assertThat(err.toString()).contains("S.csv, row 38, column score: The score 5 is outside the rubric of P1 (1 to 4).");
    }

    @Test
    void unknownApplicantAndBadKindAreLocated() throws IOException {
        Files.writeString(scores, "R1,Z,P1,3\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        write("C.csv", "id,name,kind,weight,min,max", "P1,Leadership,preferred,3,1,4", "P2,Engagement,optional,1,1,4");
        assertThat(run("--format", "json")).isEqualTo(2);
        assertThat(err.toString()).contains("C.csv, row 3, column kind: \"optional\" is not a kind of criterion");
    }

    @Test
    void aMissingColumnAndARuleOnAnUnknownFieldAreBadInput() throws IOException {
        assertThat(run("--format", "json", "--seats", "2", "--require", "governance=charter:1:")).isEqualTo(2);
        assertThat(err.toString()).contains("'--require'").contains("no column \"governance\"");
        err.getBuffer().setLength(0);
        write("A.csv", "id,name,level,enrollment", "A,Adams,elementary,600");
        assertThat(run("--format", "json")).isEqualTo(2);
        assertThat(err.toString()).contains("A.csv, row 1, column region: The header has no \"region\" column.");
    }

    @Test
    void aQuotaPerDistrictTakesOneFromEach() throws IOException {
        assertThat(run("--format", "json", "--seats", "2", "--quota", "district:1:1")).as(err.toString()).isZero();
        // D1: B (3.0) beats A; D2: C is the only eligible one
        assertThat(json().get("selected")).extracting(JsonNode::asText).containsExactly("B", "C");
    }

    @Test
    void theCommitteeDeclaresTheTieBreakOrder() throws IOException {
        // X and Y score the same; Y has the higher low-income share, X the larger enrollment
        applicants = write("T.csv", "id,name,level,region,enrollment,frl_percent", "X,Xavier Elementary,elementary,North,900,40",
                "Y,York Elementary,elementary,North,300,70");
        criteria = write("TC.csv", "id,name,kind,weight,min,max", "P1,Leadership,preferred,1,1,4");
        scores = write("TS.csv", "reviewer,applicant,criterion,score", "R1,X,P1,3", "R1,Y,P1,3");

        assertThat(run("--format", "json")).as(err.toString()).isZero();
        JsonNode byDefault = json();
        assertThat(byDefault.get("ranking")).extracting(r -> r.get("applicant").asText()).containsExactly("Y", "X");
        assertThat(byDefault.get("ranking").get(0).get("tieBreak").asText()).isEqualTo("higher low-income share");

        out.getBuffer().setLength(0);
        assertThat(run("--format", "json", "--tie-break", "enrollment,lottery")).as(err.toString()).isZero();
        JsonNode declared = json();
        assertThat(declared.get("ranking")).extracting(r -> r.get("applicant").asText()).containsExactly("X", "Y");
        assertThat(declared.get("ranking").get(0).get("tieBreak").asText()).isEqualTo("larger enrollment");
        assertThat(declared.get("tieBreaks")).extracting(JsonNode::asText).containsExactly("larger enrollment", "lottery");
    }

    @Test
    void anUnknownTieBreakIsRefusedWithTheNamesToUse() {
        assertThat(run("--format", "json", "--tie-break", "frl,size")).isEqualTo(2);
        assertThat(err.toString()).contains("--tie-break").contains("\"size\" is not a tie-break; use frl, enrollment and lottery.");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void rankBandsCarryTheirPercentiles() throws IOException {
        assertThat(run("--format", "json")).isZero();
        for (JsonNode r : json().get("ranking")) {
            if (r.has("rankBand")) {
                JsonNode b = r.get("rankBand");
                assertThat(b.get("best").asInt()).isLessThanOrEqualTo(b.get("p5").asInt());
                assertThat(b.get("p5").asInt()).isLessThanOrEqualTo(b.get("p95").asInt());
                assertThat(b.get("p95").asInt()).isLessThanOrEqualTo(b.get("worst").asInt());
            }
        }
    }
}
