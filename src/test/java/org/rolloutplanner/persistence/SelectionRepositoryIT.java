package org.rolloutplanner.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rolloutplanner.app.UserFacingException;
import org.rolloutplanner.app.selection.SelectionService;
import org.rolloutplanner.domain.district.District;
import org.rolloutplanner.domain.district.DistrictProfile;
import org.rolloutplanner.domain.school.School;
import org.rolloutplanner.domain.school.SchoolLevel;
import org.rolloutplanner.domain.selection.ApplicantStatus;
import org.rolloutplanner.domain.selection.Conflict;
import org.rolloutplanner.domain.selection.Criterion;
import org.rolloutplanner.domain.selection.CriterionKind;
import org.rolloutplanner.domain.selection.Gate;
import org.rolloutplanner.domain.selection.Reviewer;
import org.rolloutplanner.domain.selection.RoundApplicant;
import org.rolloutplanner.domain.selection.RoundContents;
import org.rolloutplanner.domain.selection.Score;
import org.rolloutplanner.domain.selection.SelectionRound;

/** Selection rounds in a fresh workspace: everything comes back equal and the database guards scores and statuses. */
class SelectionRepositoryIT {

    @TempDir
    static Path dir;
    static WorkspaceServices ws;
    static SelectionService selection;
    static District district;
    static List<School> roster;

    @BeforeAll
    static void openFreshWorkspace() {
        ws = FreshWorkspace.in(dir);
        selection = ws.selection();
        district = ws.districts().createWithSchools("Selection District", DistrictProfile.EMPTY, List.of(
                school("S-01", SchoolLevel.HIGH, 1200), school("S-02", SchoolLevel.MIDDLE, 700),
                school("S-03", SchoolLevel.ELEMENTARY, 450)));
        roster = selection.roster(district.key());
    }

    @AfterAll
    static void close() {
        ws.close();
    }

    private static School school(String id, SchoolLevel level, int enrollment) {
        return new School(0, id, "School " + id, level, "", "", enrollment, 60.0, "North", "", 50.0, 20.0);
    }

    static long key(String id) {
        return roster.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow().key();
    }

    SelectionRound filledRound(String name) {
        SelectionRound round = selection.create(district.key(), name, 2, LocalDate.of(2015, 3, 1));
        selection.saveApplicants(round.key(), List.of(RoundApplicant.applied(key("S-01"), "S-01"),
                RoundApplicant.applied(key("S-02"), "S-02"),
                new RoundApplicant(key("S-03"), "S-03", ApplicantStatus.NOT_ELIGIBLE, "Serves fewer than 500 students.")));
        selection.saveCriteria(round.key(), List.of(
                new Criterion("SIZE", "At least 500 students", CriterionKind.ESSENTIAL, 0, 0, 1, List.of(),
                        Gate.parse("enrollment>=500").orElseThrow()),
                Criterion.essential("PM", "Named project manager"),
                new Criterion("LEAD", "Leadership", CriterionKind.PREFERRED, 3, 1, 4,
                        List.of("Weak", "Emerging", "Strong", "Exemplary"), null),
                Criterion.preferred("ENG", "Teacher engagement", 1, 1, 4)));
        selection.saveReviewers(round.key(), List.of(new Reviewer("AB", "Ana Berg", "district staff"),
                new Reviewer("CD", "Carl Diaz", "external partner")));
        selection.saveConflicts(round.key(), List.of(new Conflict("CD", "S-02")));
        selection.setScore(round.key(), "AB", "S-01", "LEAD", 4.0, "clear vision");
        selection.setScore(round.key(), "CD", "S-01", "LEAD", 3.0, "");
        selection.setScore(round.key(), "AB", "S-01", "PM", 1.0, "");
        selection.setScore(round.key(), "AB", "S-02", "LEAD", 2.0, "");
        return round;
    }

    @Test
    void aRoundComesBackAsItWasSaved() {
        SelectionRound round = filledRound("Pilot cohort 2015");
        RoundContents back = selection.load(round.key());
        assertThat(back.round()).isEqualTo(round);
        assertThat(back.applicants()).extracting(RoundApplicant::schoolId).containsExactly("S-01", "S-02", "S-03");
        assertThat(back.applicants().get(2).reason()).isEqualTo("Serves fewer than 500 students.");
        assertThat(back.criteria()).extracting(Criterion::id).containsExactly("SIZE", "PM", "LEAD", "ENG");
        assertThat(back.criteria().get(0).gate().describe()).isEqualTo("enrollment ≥ 500");
        assertThat(back.criteria().get(2).levels()).containsExactly("Weak", "Emerging", "Strong", "Exemplary");
        assertThat(back.criteria().get(2).weight()).isEqualTo(3.0);
        assertThat(back.reviewers()).containsExactly(new Reviewer("AB", "Ana Berg", "district staff"),
                new Reviewer("CD", "Carl Diaz", "external partner"));
        assertThat(back.conflicts()).containsExactly(new Conflict("CD", "S-02"));
        assertThat(back.scores()).containsExactlyInAnyOrder(new Score("AB", "S-01", "LEAD", 4), new Score("CD", "S-01", "LEAD", 3),
                new Score("AB", "S-01", "PM", 1), new Score("AB", "S-02", "LEAD", 2));
        assertThat(selection.ofDistrict(district.key())).extracting(SelectionRound::name).contains("Pilot cohort 2015");
    }

    @Test
    void theResultsOfAStoredRoundUseTheSchoolData() {
        SelectionRound round = filledRound("Results round");
        var analysis = selection.analyse(selection.load(round.key()), roster);
        var s01 = analysis.ranking().stream().filter(r -> r.applicant().id().equals("S-01")).findFirst().orElseThrow();
        assertThat(s01.score()).isEqualTo(3.5); // mean(4, 3) on the only scored preferred criterion
        assertThat(s01.eligible()).isTrue();
        var s03 = analysis.ranking().stream().filter(r -> r.applicant().id().equals("S-03")).findFirst().orElseThrow();
        assertThat(s03.eligible()).isFalse();
        assertThat(s03.reason()).contains("enrollment ≥ 500; the school has 450");
    }

    @Test
    void keepingACriterionKeepsItsScoresAndDroppingItDropsThem() {
        SelectionRound round = filledRound("Edit criteria");
        RoundContents before = selection.load(round.key());
        var renamed = before.criteria().stream().map(c -> c.id().equals("LEAD")
                ? new Criterion("LEAD", "School leadership", c.kind(), 5, c.min(), c.max(), c.levels(), null) : c)
                .filter(c -> !c.id().equals("PM")).toList();
        selection.saveCriteria(round.key(), renamed);
        RoundContents after = selection.load(round.key());
        assertThat(after.criteria()).extracting(Criterion::name).contains("School leadership");
        assertThat(after.scores()).extracting(Score::criterion).containsOnly("LEAD").hasSize(3);
    }

    @Test
    void theServiceRefusesAConflictedReviewerAndAScoreOffTheScale() {
        SelectionRound round = filledRound("Refusals");
        assertThatThrownBy(() -> selection.setScore(round.key(), "CD", "S-02", "LEAD", 3.0, ""))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("conflict of interest");
        assertThatThrownBy(() -> selection.setScore(round.key(), "AB", "S-02", "LEAD", 5.0, ""))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("outside the scale");
    }

    @Test
    void theDatabaseRefusesAScoreOutsideTheRubricAndASecondScoreForTheSameCell() {
        SelectionRound round = filledRound("Database guards");
        var dsl = ws.workspace().dsl();
        long reviewer = dsl.fetchValue("SELECT id FROM selection_reviewer WHERE round_id = ? AND code = 'AB'", round.key())
                instanceof Number n ? n.longValue() : -1;
        long applicant = ((Number) dsl.fetchValue("SELECT a.id FROM selection_applicant a JOIN school s ON s.id = a.school_id "
                + "WHERE a.round_id = ? AND s.school_code = 'S-02'", round.key())).longValue();
        long criterion = ((Number) dsl.fetchValue("SELECT id FROM selection_criterion WHERE round_id = ? AND code = 'ENG'",
                round.key())).longValue();
        assertThatThrownBy(() -> dsl.execute("INSERT INTO selection_score (round_id, reviewer_id, applicant_id, criterion_id, "
                + "rubric_min, rubric_max, score) VALUES (?, ?, ?, ?, 1, 4, 7)", round.key(), reviewer, applicant, criterion))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("SELECTION_SCORE_WITHIN_RUBRIC");
        // claiming a wider rubric than the criterion has does not pass the composite key
        assertThatThrownBy(() -> dsl.execute("INSERT INTO selection_score (round_id, reviewer_id, applicant_id, criterion_id, "
                + "rubric_min, rubric_max, score) VALUES (?, ?, ?, ?, 1, 10, 7)", round.key(), reviewer, applicant, criterion))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("SELECTION_SCORE_CRITERION");
        dsl.execute("INSERT INTO selection_score (round_id, reviewer_id, applicant_id, criterion_id, rubric_min, rubric_max, "
                + "score) VALUES (?, ?, ?, ?, 1, 4, 2)", round.key(), reviewer, applicant, criterion);
        assertThatThrownBy(() -> dsl.execute("INSERT INTO selection_score (round_id, reviewer_id, applicant_id, criterion_id, "
                + "rubric_min, rubric_max, score) VALUES (?, ?, ?, ?, 1, 4, 3)", round.key(), reviewer, applicant, criterion))
                .isInstanceOf(DataAccessException.class);
        // a school not eligible needs its reason
        assertThatThrownBy(() -> dsl.execute("UPDATE selection_applicant SET status = 'NOT_ELIGIBLE', reason = '' WHERE id = ?",
                applicant)).isInstanceOf(DataAccessException.class)
                .hasMessageContaining("SELECTION_APPLICANT_REASON_WHEN_NOT_ELIGIBLE");
    }

    @Test
    void aSecondStageCarriesTheEligibleApplicantsAndKeepsTheFirstStagesScores() {
        SelectionRound first = filledRound("Design teams");
        SelectionRound second = selection.nextStage(first, "Awards", 1);
        RoundContents stage2 = selection.load(second.key());
        assertThat(stage2.round().parentKey()).isEqualTo(first.key());
        assertThat(stage2.round().stage()).isEqualTo(2);
        assertThat(stage2.applicants()).extracting(RoundApplicant::schoolId).containsExactly("S-01", "S-02");
        assertThat(stage2.scores()).isEmpty();
        assertThat(selection.load(first.key()).scores()).hasSize(4);
    }

    @Test
    void twoRoundsOfADistrictCannotShareAName() {
        selection.create(district.key(), "Unique round", 3, null);
        assertThatThrownBy(() -> selection.create(district.key(), "unique ROUND", 3, null))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("already has a selection round");
    }
}
