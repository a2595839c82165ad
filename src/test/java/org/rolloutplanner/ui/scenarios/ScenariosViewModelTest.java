package org.rolloutplanner.ui.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rolloutplanner.ui.common.FakeDialogService;
import org.rolloutplanner.app.district.SampleDistrict;
import org.rolloutplanner.app.scenario.InMemoryScenarios;
import org.rolloutplanner.app.scenario.SavedScenario;
import org.rolloutplanner.domain.district.District;
import org.rolloutplanner.domain.rollout.Check;
import org.rolloutplanner.domain.rollout.Deadline;
import org.rolloutplanner.domain.rollout.RolloutRule;
import org.rolloutplanner.domain.rollout.Scenario;
import org.rolloutplanner.domain.rollout.Warning;
import org.rolloutplanner.ui.common.SynchronousTaskRunner;
import org.rolloutplanner.ui.common.UndoManager;

/** The Scenarios & Timeline area's logic, without the FX toolkit, on the sample district in memory. */
class ScenariosViewModelTest {

    private static final District SAMPLE = new District(1, SampleDistrict.NAME, SampleDistrict.PROFILE);
    private final InMemoryScenarios db = new InMemoryScenarios();
    private final FakeDialogService dialogs = new FakeDialogService();
    private final UndoManager undo = new UndoManager();
    private ScenariosViewModel vm;

    @BeforeEach
    void setUp() {
        db.roster.insertAll(1, SampleDistrict.schools());
        vm = new ScenariosViewModel(new SynchronousTaskRunner(), dialogs, undo);
        vm.show(db.service(), SAMPLE, false);
    }

    private SavedScenario newScenario(String name) {
        dialogs.texts.add(name);
        vm.newScenario();
        return vm.selectedProperty().get();
    }

    private Scenario stored() {
        return db.byKey(vm.selectedProperty().get().key()).orElseThrow().scenario();
    }

    private void addTenPercentAndATargetTheyMiss() {
        vm.change("new rule", s -> ScenarioEdits.withRules(s, ScenarioEdits.add(s.rules(), new RolloutRule.PercentOfSchools(10))));
        vm.change("new target", s -> ScenarioEdits.withChecks(s, ScenarioEdits.add(s.checks(), Check.Target.started(100,
                Check.Measure.SCHOOLS, new Deadline.InSchoolYear(s.calendar().firstYear().plus(3))))));
    }

    @Test
    void aDistrictWithoutScenariosSaysHowToMakeOne() {
        assertThat(vm.scenarios()).isEmpty();
        assertThat(vm.summaryProperty().get()).contains("no scenario yet");
        assertThat(vm.planProperty().get()).isNull();
    }

    @Test
    void aNewScenarioStartsWithAPilotCohortOfSixAndIsSavedAndPreferred() {
        SavedScenario s = newScenario("Ten percent a year");
        assertThat(s.name()).isEqualTo("Ten percent a year");
        assertThat(s.preferred()).isTrue();
        assertThat(db.rows).hasSize(1);
        assertThat(vm.planProperty().get().cohorts()).hasSize(1);
        assertThat(vm.planProperty().get().cohorts().getFirst().size()).isEqualTo(6);
        assertThat(vm.summaryProperty().get()).startsWith("6 of 50 schools in 1 cohort");
    }

    @Test
    void firstSixThenTenPercentMakesTenCohortsAtOnceAndSavesThem() {
        newScenario("Ten percent a year");
        vm.change("new rule", s -> ScenarioEdits.withRules(s, ScenarioEdits.add(s.rules(), new RolloutRule.PercentOfSchools(10))));
        var plan = vm.planProperty().get();
        assertThat(plan.cohorts()).hasSize(10);
        assertThat(TimelineRows.of(plan, Set.of()).getFirst().label()).startsWith("Cohort 1 · ").endsWith(" · 6 schools");
        assertThat(stored().rules()).containsExactly(RolloutRule.FirstCohort.of(6), new RolloutRule.PercentOfSchools(10));
    }

    @Test
    void aMissedTargetBecomesAWarningThatFocusesItsYear() {
        newScenario("Ten percent a year");
        addTenPercentAndATargetTheyMiss();
        assertThat(vm.warnings()).anyMatch(w -> w.message().contains("100% of schools"));
        Warning w = vm.warnings().stream().filter(x -> x.message().contains("100% of schools")).findFirst().orElseThrow();
        vm.focus(w);
        assertThat(vm.focusedYearProperty().get()).isEqualTo(w.schoolYear());
        assertThat(vm.focusedCohortProperty().get()).isEqualTo(w.cohort());
    }

    @Test
    void undoAndRedoTakeAChangeBackInThePlanAndTheWorkspace() {
        newScenario("Ten percent a year");
        addTenPercentAndATargetTheyMiss();
        assertThat(undo.undoTextProperty().get()).isEqualTo("Undo new target");
        undo.undo();
        assertThat(vm.warnings()).noneMatch(w -> w.message().contains("100% of schools"));
        assertThat(stored().checks()).isEmpty();
        undo.undo();
        assertThat(vm.planProperty().get().cohorts()).hasSize(1);
        undo.redo();
        assertThat(vm.planProperty().get().cohorts()).hasSize(10);
        assertThat(stored().rules()).hasSize(2);
    }

    @Test
    void aRefusedValueShowsWhyAndChangesNothing() {
        newScenario("Plan");
        Scenario before = vm.scenarioProperty().get();
        var refusal = vm.change("change of rule 1", s -> ScenarioEdits.withRules(s,
                ScenarioEdits.replace(s.rules(), 0, RuleKind.FIRST.build("six", ""))));
        assertThat(refusal).get().asString().contains("whole number");
        assertThat(vm.messageProperty().get()).contains("whole number");
        assertThat(vm.scenarioProperty().get()).isEqualTo(before);
        assertThat(undo.canUndoProperty().get()).isFalse();
    }

    @Test
    void deleteAsksFirstAndCanBeUndone() {
        newScenario("Keep me");
        dialogs.confirmAnswer = false;
        vm.deleteSelected();
        assertThat(vm.scenarios()).hasSize(1);

        dialogs.confirmAnswer = true;
        vm.deleteSelected();
        assertThat(vm.scenarios()).isEmpty();
        assertThat(db.rows).isEmpty();
        assertThat(dialogs.shown).anyMatch(m -> m.contains("Delete the scenario Keep me?"));

        undo.undo();
        assertThat(vm.scenarios()).extracting(SavedScenario::name).containsExactly("Keep me");
        assertThat(db.rows).hasSize(1);
    }

    @Test
    void cloneRenameAndPreferKeepTheListSortedAndOnePreferred() {
        newScenario("Ten percent");
        vm.cloneSelected();
        assertThat(vm.selectedProperty().get().name()).isEqualTo("Ten percent (copy)");
        dialogs.texts.add("A longer planning year");
        vm.renameSelected();
        assertThat(vm.scenarios()).extracting(SavedScenario::name).containsExactly("A longer planning year", "Ten percent");
        vm.togglePreferred();
        assertThat(vm.scenarios()).filteredOn(SavedScenario::preferred).extracting(SavedScenario::name)
                .containsExactly("A longer planning year");
        assertThat(db.rows).filteredOn(SavedScenario::preferred).hasSize(1);
    }

    @Test
    void aReadOnlyWorkspaceShowsScenariosButChangesNothing() {
        newScenario("Plan");
        vm.show(db.service(), SAMPLE, true);
        assertThat(vm.scenarios()).hasSize(1);
        assertThat(vm.editableProperty().get()).isFalse();
        assertThat(vm.canCreateProperty().get()).isFalse();
        vm.change("new rule", s -> ScenarioEdits.withRules(s, ScenarioEdits.add(s.rules(), new RolloutRule.Remaining())));
        assertThat(stored().rules()).hasSize(1);
    }

    @Test
    void switchingScenarioShowsItsOwnPlan() {
        newScenario("B six only");
        newScenario("A everyone");
        vm.change("change of rule 1", s -> ScenarioEdits.withRules(s, java.util.List.of(new RolloutRule.Remaining())));
        assertThat(vm.planProperty().get().cohorts()).hasSize(1);
        assertThat(vm.planProperty().get().cohorts().getFirst().size()).isEqualTo(50);
        vm.selectedProperty().set(vm.scenarios().get(1));
        assertThat(vm.planProperty().get().cohorts().getFirst().size()).isEqualTo(6);
    }

    @Test
    void aSchoolDroppedOnAnotherCohortIsPinnedThereAndCanBeLetGo() {
        newScenario("Ten percent");
        vm.change("new rule", s -> ScenarioEdits.withRules(s, ScenarioEdits.add(s.rules(), new RolloutRule.PercentOfSchools(10))));
        var school = vm.planProperty().get().cohorts().getFirst().schools().getFirst();
        vm.pin(school, 3);
        assertThat(vm.planProperty().get().cohortOf(school.id()).orElseThrow().number()).isEqualTo(3);
        assertThat(stored().pins()).containsEntry(school.id(), 3);
        assertThat(undo.undoTextProperty().get()).isEqualTo("Undo move of " + school.name() + " to cohort 3");

        vm.unpin(school);
        assertThat(vm.planProperty().get().cohortOf(school.id()).orElseThrow().number()).isEqualTo(1);
        assertThat(stored().pins()).isEmpty();
    }

    @Test
    void aCohortsStartMovedOnTheTimelineKeepsItsPhaseLengthsIsClampedToTheFirstMonthAndCanBeUndone() {
        newScenario("Ten percent");
        vm.change("new rule", s -> ScenarioEdits.withRules(s, ScenarioEdits.add(s.rules(), new RolloutRule.PercentOfSchools(10))));
        String firstPhase = stored().phases().phases().getFirst().name();
        vm.change("longer first phase", s -> new Scenario(s.calendar(), s.phases(), s.rules(), s.order(), s.rounding(), s.gates(),
                s.pins(), s.exclusions(), s.partial(),
                java.util.List.of(new org.rolloutplanner.domain.rollout.CohortOverride(2, null, java.util.Map.of(firstPhase, 18))),
                s.checks(), s.costs()));
        java.time.YearMonth was = vm.planProperty().get().cohorts().get(1).start();

        vm.moveCohortStart(2, was.plusMonths(5));
        assertThat(vm.planProperty().get().cohorts().get(1).start()).isEqualTo(was.plusMonths(5));
        assertThat(stored().overrides()).singleElement().satisfies(o -> {
            assertThat(o.cohort()).isEqualTo(2);
            assertThat(o.start()).isEqualTo(was.plusMonths(5));
            assertThat(o.months()).containsEntry(firstPhase, 18);
        });
        assertThat(undo.undoTextProperty().get()).isEqualTo("Undo move of cohort 2's start");

        undo.undo();
        assertThat(vm.planProperty().get().cohorts().get(1).start()).isEqualTo(was);
        assertThat(stored().overrides()).singleElement().satisfies(o -> assertThat(o.start()).isNull());

        java.time.YearMonth first = stored().calendar().startOf(stored().calendar().firstYear());
        vm.moveCohortStart(2, first.minusYears(3));
        assertThat(stored().overrides()).singleElement().satisfies(o -> assertThat(o.start()).isEqualTo(first));
        assertThat(vm.planProperty().get().cohorts().get(1).start()).isEqualTo(first);
    }

    private long totalCost() {
        return vm.planProperty().get().years().stream().mapToLong(org.rolloutplanner.domain.rollout.Plan.YearSummary::cost).sum();
    }

    @Test
    void aCoachingCapacityOfThreeWarnsInPlainEnglishAndUndoTakesItBack() {
        newScenario("Ten percent");
        vm.change("new rule", s -> ScenarioEdits.withRules(s, ScenarioEdits.add(s.rules(), new RolloutRule.PercentOfSchools(10))));
        assertThat(vm.warnings()).noneMatch(w -> w.message().contains("at once"));
        vm.change("new capacity check", s -> ScenarioEdits.withChecks(s, ScenarioEdits.add(s.checks(),
                new Check.PhaseCapacity("Design", 3, "coaching capacity"))));
        Warning w = vm.warnings().stream().filter(x -> x.message().contains("at once")).findFirst().orElseThrow();
        assertThat(w.message()).matches("In \\d{4}-\\d{2}, 6 schools are in Design at once; coaching capacity is 3\\.");
        assertThat(w.schoolYear()).isNotNull();
        assertThat(stored().checks()).containsExactly(new Check.PhaseCapacity("Design", 3, "coaching capacity"));
        vm.change("new budget check", s -> ScenarioEdits.withChecks(s, ScenarioEdits.add(s.checks(), new Check.Budget(0))));
        assertThat(stored().checks()).hasSize(2);

        undo.undo();
        undo.undo();
        assertThat(vm.warnings()).noneMatch(x -> x.message().contains("at once"));
        assertThat(stored().checks()).isEmpty();
    }

    @Test
    void aCostChangesThePlansTotalAndUndoTakesItBack() {
        newScenario("Ten percent");
        vm.change("new rule", s -> ScenarioEdits.withRules(s, ScenarioEdits.add(s.rules(), new RolloutRule.PercentOfSchools(10))));
        assertThat(totalCost()).isZero();
        vm.change("new cost", s -> ScenarioEdits.withCosts(s, ScenarioEdits.add(s.costs(),
                new org.rolloutplanner.domain.rollout.PhaseCost("Design", 100_000, 0))));
        assertThat(totalCost()).isEqualTo(50 * 100_000L);
        assertThat(stored().costs()).hasSize(1);
        undo.undo();
        assertThat(totalCost()).isZero();
        assertThat(stored().costs()).isEmpty();
    }

    @Test
    void anExcludedSchoolLeavesTheCohortsAndUndoBringsItBack() {
        newScenario("Ten percent");
        vm.change("new rule", s -> ScenarioEdits.withRules(s, ScenarioEdits.add(s.rules(), new RolloutRule.PercentOfSchools(10))));
        var school = vm.planProperty().get().cohorts().getFirst().schools().getFirst();
        vm.change("exclusion of " + school.name(), s -> ScenarioEdits.withExclusions(s, Set.of(school.id())));
        assertThat(vm.planProperty().get().cohorts()).noneMatch(c -> c.schoolIds().contains(school.id()));
        assertThat(vm.planProperty().get().cohortOf(school.id())).isEmpty();
        assertThat(stored().exclusions()).containsExactly(school.id());
        undo.undo();
        assertThat(vm.planProperty().get().cohortOf(school.id()).orElseThrow().number()).isEqualTo(1);
        assertThat(stored().exclusions()).isEmpty();
    }

    @Test
    void renameCloneAndPreferredCanBeUndoneAndRedone() {
        newScenario("Ten percent");
        vm.cloneSelected();
        assertThat(vm.scenarios()).extracting(SavedScenario::name).containsExactly("Ten percent", "Ten percent (copy)");
        assertThat(undo.undoTextProperty().get()).isEqualTo("Undo copy of scenario");

        dialogs.texts.add("A longer planning year");
        vm.renameSelected();
        assertThat(vm.scenarios()).extracting(SavedScenario::name).containsExactly("A longer planning year", "Ten percent");
        vm.togglePreferred();
        assertThat(db.rows).filteredOn(SavedScenario::preferred).extracting(SavedScenario::name)
                .containsExactly("A longer planning year");

        undo.undo(); // the ★ goes back to the first scenario
        assertThat(vm.scenarios()).filteredOn(SavedScenario::preferred).extracting(SavedScenario::name)
                .containsExactly("Ten percent");
        assertThat(db.rows).filteredOn(SavedScenario::preferred).extracting(SavedScenario::name).containsExactly("Ten percent");
        undo.undo(); // the name
        assertThat(vm.scenarios()).extracting(SavedScenario::name).containsExactly("Ten percent", "Ten percent (copy)");
        assertThat(db.rows).extracting(SavedScenario::name).contains("Ten percent (copy)");
        undo.undo(); // the copy
        assertThat(vm.scenarios()).extracting(SavedScenario::name).containsExactly("Ten percent");
        assertThat(db.rows).hasSize(1);

        undo.redo();
        assertThat(vm.scenarios()).extracting(SavedScenario::name).containsExactly("Ten percent", "Ten percent (copy)");
        assertThat(db.rows).hasSize(2);
        undo.redo();
        assertThat(vm.scenarios()).extracting(SavedScenario::name).containsExactly("A longer planning year", "Ten percent");
        undo.redo();
        assertThat(db.rows).filteredOn(SavedScenario::preferred).extracting(SavedScenario::name)
                .containsExactly("A longer planning year");
    }
}
