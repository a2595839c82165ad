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
import org.rolloutplanner.domain.selection.TieBreak;

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
        assertThat(back.scores()).containsExactlyInAnyOrder(new Score("AB", "S-01", "LEAD", 4, "clear vision"),
                new Score("CD", "S-01", "LEAD", 3),
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

    @Test
    void blindModeTieBreakOrderDeadlineAndSeedAreSavedPerRound() {
        SelectionRound round = filledRound("Settings round");
        SelectionRound changed = round.withBlind(true).withTieBreaks(List.of(TieBreak.LARGER_ENROLLMENT))
                .withDeadline(LocalDate.of(2015, 4, 15)).withSeed(777);
        selection.update(changed);
        SelectionRound back = selection.load(round.key()).round();
        assertThat(back.blind()).isTrue();
        assertThat(back.tieBreaks()).containsExactly(TieBreak.LARGER_ENROLLMENT, TieBreak.LOTTERY);
        assertThat(back.deadline()).isEqualTo(LocalDate.of(2015, 4, 15));
        assertThat(back.seed()).isEqualTo(777);
        assertThat(selection.analyse(selection.load(round.key()), roster).tieBreaks())
                .containsExactly(TieBreak.LARGER_ENROLLMENT, TieBreak.LOTTERY);
        // another round of the district keeps its own settings
        assertThat(selection.load(filledRound("Other settings round").key()).round().blind()).isFalse();
        // a second stage follows its first stage's settings
        SelectionRound stage2 = selection.load(selection.nextStage(back, "Settings round – stage 2", 1).key()).round();
        assertThat(stage2.blind()).isTrue();
        assertThat(stage2.tieBreaks()).isEqualTo(back.tieBreaks());
    }

    @Test
    void aCommentIsKeptWithItsScoreAndNeedsOne() {
        SelectionRound round = filledRound("Comments");
        selection.setComment(round.key(), "AB", "S-02", "LEAD", "  needs a project manager  ");
        assertThat(selection.load(round.key()).scores()).contains(new Score("AB", "S-02", "LEAD", 2, "needs a project manager"));
        assertThatThrownBy(() -> selection.setComment(round.key(), "AB", "S-02", "ENG", "no score yet"))
                .isInstanceOf(UserFacingException.class).hasMessage("Enter the score first: a comment belongs to a score.");
        // clearing the score removes its comment
        selection.setScore(round.key(), "AB", "S-02", "LEAD", null, "");
        assertThat(selection.load(round.key()).scores()).noneMatch(s -> s.applicant().equals("S-02"));
    }

    @Test
    void aNarrowedScaleIsRefusedNamingHowManyScoresFallOutside() {
        SelectionRound round = filledRound("Narrow scale");
        RoundContents before = selection.load(round.key());
        // LEAD has scores 4, 3 and 2: a scale of 1 to 2 leaves two of them outside
        var narrowed = before.criteria().stream().map(c -> c.id().equals("LEAD")
                ? new Criterion("LEAD", "Leadership", c.kind(), c.weight(), 1, 2, List.of(), null) : c).toList();
        assertThatThrownBy(() -> selection.saveCriteria(round.key(), narrowed)).isInstanceOf(UserFacingException.class)
                .hasMessage("2 scores are outside the new scale 1 to 2 of \"Leadership\". Change or clear those scores first, "
                        + "or keep a wider scale.");
        assertThat(selection.load(round.key()).criteria()).isEqualTo(before.criteria());
        // widening it keeps every score
        var widened = before.criteria().stream().map(c -> c.id().equals("LEAD")
                ? new Criterion("LEAD", "Leadership (1 to 5)", c.kind(), c.weight(), 1, 5, List.of(), null) : c).toList();
        selection.saveCriteria(round.key(), widened);
        RoundContents after = selection.load(round.key());
        assertThat(after.criteria().get(2).max()).isEqualTo(5);
        assertThat(after.criteria().get(2).name()).isEqualTo("Leadership (1 to 5)");
        assertThat(after.scores()).filteredOn(s -> s.criterion().equals("LEAD")).hasSize(3);
    }

    @Test
    void declaringAConflictDeletesThatReviewersScoresOfTheSchool() {
        SelectionRound round = filledRound("Late conflict");
        selection.saveConflicts(round.key(), List.of(new Conflict("CD", "S-02"), new Conflict("AB", "S-01")));
        RoundContents after = selection.load(round.key());
        assertThat(after.scores()).noneMatch(s -> s.reviewer().equals("AB") && s.applicant().equals("S-01"));
        assertThat(after.scores()).contains(new Score("CD", "S-01", "LEAD", 3), new Score("AB", "S-02", "LEAD", 2));
    }

    @Test
    void aSecondStageShowsTheFirstStagesScoresReadOnly() {
        SelectionRound first = filledRound("Funnel stage 1");
        SelectionRound second = selection.nextStage(first, "Funnel stage 2", 1);
        selection.setScore(second.key(), "AB", "S-01", "LEAD", 1.0, "");
        RoundContents stage2 = selection.load(second.key());
        var earlier = selection.earlierStageScores(stage2, roster);
        assertThat(earlier.get("S-01")).isEqualTo(3.5); // stage 1: mean(4, 3)
        assertThat(earlier.get("S-02")).isEqualTo(2.0);
        assertThat(selection.analyse(stage2, roster).ranking().stream().filter(r -> r.applicant().id().equals("S-01"))
                .findFirst().orElseThrow().score()).isEqualTo(1.0);
        assertThat(selection.earlierStageScores(selection.load(first.key()), roster)).isEmpty();
    }

    long rawId(String sql, Object... args) {
        return ((Number) ws.workspace().dsl().fetchValue(sql, args)).longValue();
    }

    @Test
    void theDatabaseRefusesAScoreOfAConflictedPair() {
        SelectionRound round = filledRound("Raw conflict score");
        var dsl = ws.workspace().dsl();
        long cd = rawId("SELECT id FROM selection_reviewer WHERE round_id = ? AND code = 'CD'", round.key());
        long s02 = rawId("SELECT a.id FROM selection_applicant a JOIN school s ON s.id = a.school_id "
                + "WHERE a.round_id = ? AND s.school_code = 'S-02'", round.key());
        long eng = rawId("SELECT id FROM selection_criterion WHERE round_id = ? AND code = 'ENG'", round.key());
        // CD declared a conflict with S-02
        assertThatThrownBy(() -> dsl.execute("INSERT INTO selection_score (round_id, reviewer_id, applicant_id, criterion_id, "
                + "rubric_min, rubric_max, score) VALUES (?, ?, ?, ?, 1, 4, 3)", round.key(), cd, s02, eng))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("A reviewer with a conflict of interest cannot have a score of that school.");
        // nor can a conflict be declared over existing scores: AB scored S-02
        long ab = rawId("SELECT id FROM selection_reviewer WHERE round_id = ? AND code = 'AB'", round.key());
        assertThatThrownBy(() -> dsl.execute("INSERT INTO selection_conflict (round_id, reviewer_id, applicant_id) "
                + "VALUES (?, ?, ?)", round.key(), ab, s02)).isInstanceOf(DataAccessException.class)
                .hasMessageContaining("cannot be declared while the reviewer has scores of that school");
        // an unconflicted pair is accepted
        dsl.execute("INSERT INTO selection_score (round_id, reviewer_id, applicant_id, criterion_id, rubric_min, rubric_max, "
                + "score) VALUES (?, ?, ?, ?, 1, 4, 3)", round.key(), ab, s02, eng);
    }

    @Test
    void theDatabaseRefusesAnApplicantFromAnotherDistrict() {
        SelectionRound round = filledRound("Raw other district");
        District other = ws.districts().createWithSchools("Neighbouring District", DistrictProfile.EMPTY,
                List.of(school("N-01", SchoolLevel.HIGH, 900)));
        long foreign = rawId("SELECT id FROM school WHERE district_id = ? AND school_code = 'N-01'", other.key());
        var dsl = ws.workspace().dsl();
        assertThatThrownBy(() -> dsl.execute("INSERT INTO selection_applicant (id, round_id, school_id) VALUES (9001, ?, ?)", round.key(),
                foreign)).isInstanceOf(DataAccessException.class)
                .hasMessageContaining("An applicant school must belong to the district of its selection round.");
        // moving an applicant row to that school is refused too
        assertThatThrownBy(() -> dsl.execute("UPDATE selection_applicant SET school_id = ? WHERE round_id = ? AND school_id = ?",
                foreign, round.key(), key("S-03"))).isInstanceOf(DataAccessException.class)
                .hasMessageContaining("district of its selection round");
        // a school of the round's own district is accepted
        SelectionRound empty = selection.create(district.key(), "Raw same district", 1, null);
        dsl.execute("INSERT INTO selection_applicant (id, round_id, school_id) VALUES (9002, ?, ?)", empty.key(), key("S-01"));
    }
}
