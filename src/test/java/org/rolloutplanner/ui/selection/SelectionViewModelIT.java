package org.rolloutplanner.ui.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rolloutplanner.app.workspace.OpenMode;
import org.rolloutplanner.domain.district.District;
import org.rolloutplanner.domain.district.DistrictProfile;
import org.rolloutplanner.domain.rollout.RolloutRule;
import org.rolloutplanner.domain.rollout.SchoolOrder;
import org.rolloutplanner.domain.school.School;
import org.rolloutplanner.domain.school.SchoolLevel;
import org.rolloutplanner.domain.selection.Criterion;
import org.rolloutplanner.persistence.WorkspaceOpener;
import org.rolloutplanner.persistence.WorkspaceServices;
import org.rolloutplanner.ui.common.FakeDialogService;
import org.rolloutplanner.ui.common.SynchronousTaskRunner;

/** The Selection area's view model on a real workspace: a whole round from applicants to a scenario's first cohort. */
class SelectionViewModelIT {

    @TempDir
    Path dir;
    WorkspaceServices ws;
    District district;
    final FakeDialogService dialogs = new FakeDialogService();
    SelectionViewModel vm;

    @BeforeEach
    void open() {
        ws = WorkspaceServices.of(new WorkspaceOpener().open(dir.resolve("w.mv.db"), OpenMode.CREATE_IF_MISSING));
        district = ws.districts().createWithSchools("Maple", DistrictProfile.EMPTY, List.of(
                school("H1", "Hill High", SchoolLevel.HIGH, 70), school("M1", "Mill Middle", SchoolLevel.MIDDLE, 50),
                school("E1", "Elm Elementary", SchoolLevel.ELEMENTARY, 80)));
        vm = new SelectionViewModel(new SynchronousTaskRunner(), dialogs);
        vm.show(ws.selection(), ws.scenarios(), district, false);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    static School school(String id, String name, SchoolLevel level, double frl) {
        return new School(0, id, name, level, "", "", 600, frl, "North", "", 50.0, 20.0);
    }

    @Test
    void aWholeRoundFromApplicantsToTheFirstCohortOfAScenario() {
        vm.createRound("Pilot cohort 2015", 2);
        assertThat(vm.rounds()).extracting(r -> r.name()).containsExactly("Pilot cohort 2015");
        vm.addApplicants(List.of("H1", "M1", "E1"));
        vm.addCriterion(Criterion.preferred("C1", "Leadership", 3, 1, 4));
        vm.addCriterion(Criterion.preferred("C2", "Engagement", 1, 1, 4));
        assertThat(vm.shares()).containsEntry("C1", 75.0).containsEntry("C2", 25.0);
        vm.addReviewer("Ana Berg", "district staff");
        vm.addReviewer("Carl Diaz", "external partner");
        assertThat(vm.roundProperty().get().reviewers()).extracting(r -> r.id()).containsExactly("R1", "R2");
        vm.setConflict("R2", "H1", true);

        vm.gridReviewerProperty().set("R1");
        assertThat(vm.gridProgressProperty().get()).isEqualTo("0 of 6 scores entered; 6 missing");
        assertThat(vm.enterScore("H1", "C1", "4")).isTrue();
        assertThat(vm.enterScore("H1", "C1", "5")).isFalse();
        assertThat(dialogs.shown).last().asString().contains("outside the scale of \"Leadership\" (1 to 4)");
        vm.enterScore("H1", "C2", "3");
        vm.enterScore("M1", "C1", "3");
        vm.enterScore("M1", "C2", "3");
        vm.enterScore("E1", "C1", "2");
        vm.enterScore("E1", "C2", "4");
        assertThat(vm.gridProgressProperty().get()).isEqualTo("6 of 6 scores entered");

        vm.blindProperty().set(true);
        assertThat(vm.grid()).extracting(SelectionViewModel.GridRow::school).containsExactly("Applicant 1", "Applicant 2",
                "Applicant 3");
        vm.blindProperty().set(false);
        assertThat(vm.grid()).extracting(SelectionViewModel.GridRow::school).contains("Hill High");

        vm.gridReviewerProperty().set("R2");
        assertThat(vm.grid()).filteredOn(SelectionViewModel.GridRow::conflicted).extracting(SelectionViewModel.GridRow::schoolId)
                .containsExactly("H1");
        assertThat(vm.enterScore("H1", "C1", "1")).isFalse();
        assertThat(dialogs.shown).last().asString().contains("Carl Diaz declared a conflict of interest with Hill High");
        vm.enterScore("M1", "C1", "1");
        vm.enterScore("M1", "C2", "1");
        vm.enterScore("E1", "C1", "4");
        vm.enterScore("E1", "C2", "4");
        assertThat(vm.progressProperty().get()).isEqualTo("Ana Berg 6 of 6 · Carl Diaz 4 of 4");

        vm.computeResults();
        // H1 only R1: .75·4 + .25·3 = 3.75; E1: C1 mean(2,4) = 3, C2 4 → 3.25; M1: C1 2, C2 2 → 2
        assertThat(vm.results()).extracting(SelectionViewModel.ResultRow::schoolId).containsExactly("H1", "E1", "M1");
        assertThat(vm.results()).extracting(SelectionViewModel.ResultRow::score).containsExactly("3.75", "3.25", "2");
        assertThat(vm.results().get(0).recused()).isEqualTo("left out (conflict): Carl Diaz");
        assertThat(vm.agreementProperty().get()).contains("Krippendorff's alpha");

        vm.buildCohort(2, "level=middle:1:");
        assertThat(vm.selectedIds()).containsExactly("H1", "M1");
        assertThat(vm.cohortMessageProperty().get()).startsWith("The best cohort under the rules: 2 schools");
        assertThat(vm.cohort()).filteredOn(r -> r.schoolId().equals("E1")).singleElement()
                .extracting(SelectionViewModel.CohortRow::reason).asString()
                .contains("would break \"at least 1 with level = middle\"");

        vm.useAsFirstCohort("From the pilot round");
        var saved = ws.scenarios().ofDistrict(district.key()).stream().filter(s -> s.name().equals("From the pilot round"))
                .findFirst().orElseThrow();
        var scenario = saved.scenario();
        // the scenario records the round, seats and rules, and the export's Selection sheet recomputes the same cohort
        long roundKey = vm.roundProperty().get().round().key();
        assertThat(saved.fromSelection()).contains(new org.rolloutplanner.app.scenario.SelectionOrigin(roundKey, 2,
                "level=middle:1:"));
        var outcome = ws.selection().outcome(roundKey, 2, saved.selection().rules());
        assertThat(outcome.cohort().selected()).containsExactly("H1", "M1");
        assertThat(outcome.cohort().reasons().get("E1")).contains("would break \"at least 1 with level = middle\"");
        // the Export area adds the Selection sheet for this scenario, between Budget and (here no) Compare
        var exportVm = new org.rolloutplanner.ui.export.ExportViewModel(new SynchronousTaskRunner(), dialogs,
                new org.rolloutplanner.ui.export.ExportFilePort() {
                    @Override
                    public java.util.Optional<java.nio.file.Path> chooseSaveFile(String title, String name, String what,
                            String ending) {
                        return java.util.Optional.empty();
                    }

                    @Override
                    public void open(java.nio.file.Path p) {
                    }
                }, Runnable::run);
        exportVm.show(ws.scenarios(), ws.selection(), district);
        exportVm.choices().forEach(c -> c.selectedProperty().set(c.scenario().name().equals("From the pilot round")));
        java.nio.file.Path file = dir.resolve("pilot.xlsx");
        exportVm.targetProperty().set(file);
        exportVm.export();
        try (var in = java.nio.file.Files.newInputStream(file);
                var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            List<String> names = new java.util.ArrayList<>();
            wb.forEach(sh -> names.add(sh.getSheetName()));
            assertThat(names).containsExactly("Summary", "Timeline", "Cohorts", "Schools", "Coverage", "Budget", "Selection");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(scenario.rules().get(0)).isEqualTo(RolloutRule.FirstCohort.named(List.of("H1", "M1")));
        assertThat(scenario.order()).isInstanceOf(SchoolOrder.ByScore.class);
        assertThat(((SchoolOrder.ByScore) scenario.order()).scores()).containsEntry("E1", 3.25);
    }

    @Test
    void aNextStageCarriesTheApplicantsOver() {
        vm.createRound("Design teams", 3);
        vm.addApplicants(List.of("H1", "M1"));
        vm.nextStage("Awards", 1);
        assertThat(vm.rounds()).extracting(r -> r.name()).containsExactly("Awards", "Design teams");
        assertThat(vm.roundProperty().get().round().stage()).isEqualTo(2);
        assertThat(vm.roundProperty().get().applicants()).extracting(a -> a.schoolId()).containsExactly("H1", "M1");
    }

    @Test
    void rulesThatAreNotRulesAreReportedByLine() {
        vm.createRound("Round", 2);
        vm.buildCohort(2, "level=high:1:\nsomething odd");
        assertThat(dialogs.shown).last().asString().contains("Line 2 (\"something odd\") is not a rule");
    }

    @Test
    void notEligibleNeedsAReason() {
        vm.createRound("Round", 2);
        vm.addApplicants(List.of("H1"));
        vm.setStatus("H1", org.rolloutplanner.domain.selection.ApplicantStatus.NOT_ELIGIBLE, "");
        assertThat(dialogs.shown).last().asString().contains("needs the reason");
        vm.setStatus("H1", org.rolloutplanner.domain.selection.ApplicantStatus.NOT_ELIGIBLE, "No named project manager.");
        assertThat(vm.roundProperty().get().applicants().get(0).reason()).isEqualTo("No named project manager.");
    }

    @Test
    void workbooksGoOutPerReviewerAndComeBackWholeOrNotAtAll() throws Exception {
        vm.createRound("Round", 2);
        vm.addApplicants(List.of("H1", "M1"));
        vm.addCriterion(Criterion.preferred("C1", "Leadership", 1, 1, 4));
        vm.addReviewer("Ana Berg", "");
        vm.addReviewer("Carl Diaz", "");
        vm.setConflict("R2", "H1", true);
        vm.exportWorkbooks(dir, false);
        Path ana = dir.resolve("Round - Ana Berg.xlsx");
        Path carl = dir.resolve("Round - Carl Diaz.xlsx");
        assertThat(ana).exists();
        assertThat(carl).exists();
        fill(ana, 1, 2, 4);
        fill(ana, 2, 2, 2);
        vm.importWorkbook(ana);
        assertThat(vm.roundProperty().get().scores()).hasSize(2);
        // Carl fills his conflicted row (the sheet would refuse it in Excel; a copy could carry it): nothing is imported
        fill(carl, 1, 2, 3);
        fill(carl, 2, 2, 9);
        vm.importWorkbook(carl);
        assertThat(dialogs.shown).last().asString().startsWith("The workbook was not imported: Nothing was imported.")
                .contains("row 2, column C (Leadership): This school is marked as a conflict")
                .contains("row 3, column C (Leadership): The score 9 is outside the scale 1 to 4.");
        assertThat(vm.roundProperty().get().scores()).extracting(s -> s.reviewer()).containsOnly("R1");
    }

    /** A round with two applicants, one 1–4 criterion and two reviewers; R2 conflicted with H1. */
    void smallRound(String name) {
        vm.createRound(name, 1);
        vm.addApplicants(List.of("H1", "M1"));
        vm.addCriterion(Criterion.preferred("C1", "Leadership", 1, 1, 4));
        vm.addReviewer("Ana Berg", "");
        vm.addReviewer("Carl Diaz", "");
        vm.setConflict("R2", "H1", true);
        vm.gridReviewerProperty().set("R1");
    }

    @Test
    void blindModeIsSavedWithTheRoundAndHidesSchoolNamesFromReviewers() {
        smallRound("Blind round");
        assertThat(vm.grid()).extracting(SelectionViewModel.GridRow::school).containsExactly("Hill High", "Mill Middle");
        vm.blindProperty().set(true);
        assertThat(vm.roundProperty().get().round().blind()).isTrue();
        assertThat(vm.grid()).extracting(SelectionViewModel.GridRow::school).containsExactly("Applicant 1", "Applicant 2");
        // a message to the reviewer names the neutral code, not the school
        vm.gridReviewerProperty().set("R2");
        assertThat(vm.enterScore("H1", "C1", "3")).isFalse();
        assertThat(dialogs.shown).last().asString().contains("Applicant 1").doesNotContain("Hill High");

        // reopening the workspace's rounds: still blind; another round is not
        vm.createRound("Open round", 1);
        assertThat(vm.blindProperty().get()).isFalse();
        vm.open(vm.rounds().stream().filter(r -> r.name().equals("Blind round")).findFirst().orElseThrow());
        assertThat(vm.blindProperty().get()).isTrue();
        vm.gridReviewerProperty().set("R1");
        assertThat(vm.grid()).extracting(SelectionViewModel.GridRow::school).doesNotContain("Hill High", "Mill Middle");
    }

    @Test
    void aBlindRoundsWorkbooksHideTheNamesWithoutBeingAskedTo() throws Exception {
        smallRound("Blind workbooks");
        vm.blindProperty().set(true);
        vm.exportWorkbooks(dir);
        try (var in = java.nio.file.Files.newInputStream(dir.resolve("Blind workbooks - Ana Berg.xlsx"));
                var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            var sheet = wb.getSheet("Scores");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Applicant 1");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEmpty();
        }
    }

    @Test
    void aCommentIsShownAndEditedBesideItsScoreAndSurvivesANewScore() {
        smallRound("Comments");
        vm.enterScore("M1", "C1", "3");
        assertThat(vm.enterComment("M1", "C1", "New principal; strong plan")).isTrue();
        assertThat(vm.grid().get(1).comment("C1")).isEqualTo("New principal; strong plan");
        vm.enterScore("M1", "C1", "4");
        assertThat(vm.grid().get(1).scores()).containsEntry("C1", "4");
        assertThat(vm.grid().get(1).comment("C1")).as("the comment stays with a changed score").isEqualTo("New principal; strong plan");
        assertThat(vm.enterComment("H1", "C1", "looks good")).isFalse();
        assertThat(dialogs.shown).last().asString().contains("Enter the score first");
        vm.enterComment("M1", "C1", "");
        assertThat(vm.grid().get(1).comment("C1")).isEmpty();
    }

    @Test
    void aCriterionIsRenamedInPlaceAndANarrowerScaleIsRefusedWithTheCount() {
        smallRound("Edit in place");
        vm.enterScore("H1", "C1", "4");
        vm.enterScore("M1", "C1", "3");
        vm.editCriterion("C1", "School leadership", 1, 4);
        assertThat(vm.roundProperty().get().criteria().get(0).name()).isEqualTo("School leadership");
        assertThat(vm.roundProperty().get().scores()).hasSize(2);
        vm.editCriterion("C1", "School leadership", 1, 2);
        assertThat(dialogs.shown).last().asString().contains("2 scores are outside the new scale 1 to 2 of \"School leadership\"");
        assertThat(vm.roundProperty().get().criteria().get(0).max()).isEqualTo(4);
        vm.editCriterion("C1", "School leadership", 1, 3);
        assertThat(dialogs.shown).last().asString().contains("1 score is outside the new scale 1 to 3");
    }

    @Test
    void deadlineSeedAndTieBreakOrderAreEditedAndShownInTheResults() {
        smallRound("Settings");
        vm.setDeadline(java.time.LocalDate.of(2015, 5, 1));
        assertThat(vm.roundProperty().get().round().deadline()).isEqualTo(java.time.LocalDate.of(2015, 5, 1));
        assertThat(vm.setSeed("12x")).isFalse();
        assertThat(dialogs.shown).last().asString().contains("\"12x\" is not a whole number");
        assertThat(vm.setSeed("4242")).isTrue();
        assertThat(vm.roundProperty().get().round().seed()).isEqualTo(4242);
        vm.setTieBreaks(List.of(org.rolloutplanner.domain.selection.TieBreak.LARGER_ENROLLMENT,
                org.rolloutplanner.domain.selection.TieBreak.LOTTERY));
        // equal scores: Hill High (low-income 70%) and Mill Middle (50%) have the same enrollment, so the lottery decides
        vm.enterScore("H1", "C1", "3");
        vm.enterScore("M1", "C1", "3");
        vm.computeResults();
        assertThat(vm.agreementProperty().get()).contains("Ties broken by larger enrollment, then lottery")
                .contains("Lottery seed 4242");
        assertThat(vm.results()).extracting(SelectionViewModel.ResultRow::tieBreak).contains("lottery");
        // once results are out, a new seed is confirmed first
        dialogs.confirmAnswer = false;
        assertThat(vm.setSeed("7")).isFalse();
        assertThat(vm.roundProperty().get().round().seed()).isEqualTo(4242);
    }

    @Test
    void aSecondStagesResultsShowTheFirstStagesScoresBesideItsOwn() {
        smallRound("Design teams");
        vm.enterScore("H1", "C1", "4");
        vm.enterScore("M1", "C1", "2");
        vm.nextStage("Awards", 1);
        assertThat(vm.laterStageProperty().get()).isTrue();
        vm.gridReviewerProperty().set("R1");
        vm.enterScore("H1", "C1", "1");
        vm.enterScore("M1", "C1", "3");
        vm.computeResults();
        assertThat(vm.results()).extracting(SelectionViewModel.ResultRow::schoolId, SelectionViewModel.ResultRow::score,
                SelectionViewModel.ResultRow::earlierStageScore)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("M1", "3", "2"), org.assertj.core.groups.Tuple.tuple("H1", "1", "4"));
    }

    @Test
    void declaringAConflictOverExistingScoresIsConfirmedAndDeletesThem() {
        smallRound("Late conflict");
        vm.enterScore("M1", "C1", "3");
        dialogs.confirmAnswer = false;
        vm.setConflict("R1", "M1", true);
        assertThat(vm.roundProperty().get().conflicts()).hasSize(1);
        assertThat(vm.roundProperty().get().scores()).hasSize(1);
        dialogs.confirmAnswer = true;
        vm.setConflict("R1", "M1", true);
        assertThat(vm.roundProperty().get().conflicts()).hasSize(2);
        assertThat(vm.roundProperty().get().scores()).isEmpty();
    }

    static void fill(Path file, int row, int column, double value) throws Exception {
        org.apache.poi.xssf.usermodel.XSSFWorkbook wb;
        try (var in = java.nio.file.Files.newInputStream(file)) {
            wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in);
        }
        try (wb; var out = java.nio.file.Files.newOutputStream(file)) {
            wb.getSheet("Scores").getRow(row).getCell(column).setCellValue(value);
            wb.write(out);
        }
    }
}
