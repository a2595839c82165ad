package org.rolloutplanner.ui.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rolloutplanner.app.district.SampleDistrict;
import org.rolloutplanner.app.scenario.InMemoryScenarios;
import org.rolloutplanner.domain.district.District;
import org.rolloutplanner.domain.rollout.CohortOverride;
import org.rolloutplanner.domain.rollout.PartialAdoption;
import org.rolloutplanner.domain.rollout.Phase;
import org.rolloutplanner.domain.rollout.PhaseCost;
import org.rolloutplanner.domain.rollout.Plan;
import org.rolloutplanner.domain.rollout.RolloutCalendar;
import org.rolloutplanner.domain.rollout.RolloutRule;
import org.rolloutplanner.domain.rollout.SchoolYear;
import org.rolloutplanner.domain.rollout.Scenario;
import org.rolloutplanner.domain.rollout.PhaseTemplate;
import org.rolloutplanner.domain.school.School;
import org.rolloutplanner.domain.school.SchoolLevel;
import org.rolloutplanner.ui.common.FakeDialogService;
import org.rolloutplanner.ui.common.SynchronousTaskRunner;
import org.rolloutplanner.ui.common.UndoManager;

/**
 * Components-only groups, cohorts with their own start or phase lengths, and named cost items, edited through the view
 * model as the form does: each change replans at once, is saved, and can be undone and redone.
 */
class CohortAdjustmentsViewModelTest {

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
        dialogs.texts.add("Ten percent");
        vm.newScenario();
        // first 6, then 10% a year from 2015-16; Design 12 + Implementation 12 months
        vm.change("rules", s -> ScenarioEdits.withPhases(ScenarioEdits.withRules(ScenarioEdits.withCalendar(s,
                RolloutCalendar.startingIn(SchoolYear.parse("2015-16"))), List.of(RolloutRule.FirstCohort.of(6),
                new RolloutRule.PercentOfSchools(10))), PhaseTemplate.of(List.of(Phase.of("Design", 12), Phase.of("Implementation", 12)))));
        undo.clear();
    }

    private Scenario stored() {
        return db.byKey(vm.selectedProperty().get().key()).orElseThrow().scenario();
    }

    private Plan plan() {
        return vm.planProperty().get();
    }

    private YearMonth firstMonth() {
        var cal = vm.scenarioProperty().get().calendar();
        return cal.startOf(cal.firstYear());
    }

    @Test
    void elementarySchoolsTakeOnlyComponentsUntilAMonthAndUndoTakesTheGroupBack() {
        long elementary = vm.roster().stream().filter(s -> s.level() == SchoolLevel.ELEMENTARY).count();
        YearMonth until = firstMonth().plusMonths(29);

        vm.change("new group", ScenarioEdits::withNewComponentsOnlyGroup);
        vm.change("level", s -> ScenarioEdits.withLevelComponentsOnly(s, 0, SchoolLevel.ELEMENTARY, vm.roster()));
        vm.change("until", s -> ScenarioEdits.withPartial(s, ScenarioEdits.replace(s.partial(), 0,
                new PartialAdoption(s.partial().getFirst().schoolIds(), until, "waits for the digital platform"))));

        assertThat(stored().partial()).singleElement().satisfies(p -> {
            assertThat(p.schoolIds()).hasSize((int) elementary);
            assertThat(p.until()).isEqualTo(until);
            assertThat(p.reason()).isEqualTo("waits for the digital platform");
        });
        assertThat(plan().placements()).filteredOn(p -> p.school().level() == SchoolLevel.ELEMENTARY)
                .hasSize((int) elementary).allMatch(p -> until.equals(p.componentsOnlyUntil()));
        assertThat(plan().placements()).filteredOn(p -> p.school().level() != SchoolLevel.ELEMENTARY)
                .allMatch(p -> p.componentsOnlyUntil() == null);
        assertThat(plan().years()).anyMatch(y -> y.componentsOnly() > 0);

        undo.undo();
        undo.undo();
        assertThat(stored().partial().getFirst().schoolIds()).isEmpty();
        assertThat(plan().placements()).allMatch(p -> p.componentsOnlyUntil() == null);
        undo.undo();
        assertThat(stored().partial()).isEmpty();
        undo.redo();
        undo.redo();
        assertThat(stored().partial().getFirst().schoolIds()).hasSize((int) elementary);
    }

    @Test
    void aSchoolIsAddedToAndTakenOutOfAGroup() {
        School one = vm.roster().getFirst();
        vm.change("new group", ScenarioEdits::withNewComponentsOnlyGroup);
        vm.change("add", s -> ScenarioEdits.withSchoolComponentsOnly(s, 0, one.id(), true));
        assertThat(plan().placements()).filteredOn(p -> p.componentsOnlyUntil() != null).extracting(p -> p.school().id())
                .containsExactly(one.id());
        vm.change("take out", s -> ScenarioEdits.withSchoolComponentsOnly(s, 0, one.id(), false));
        assertThat(stored().partial().getFirst().schoolIds()).isEmpty();
        assertThat(CohortAdjustmentsEditor.describe(List.of())).isEqualTo("No schools yet: add a level or a school.");
        assertThat(CohortAdjustmentsEditor.describe(vm.roster().subList(0, 5))).startsWith("5 schools: ").endsWith(" and 2 more");
    }

    @Test
    void cohortTwoStartsInJanuaryWithAShorterDesignAndUndoPutsItBack() {
        Plan.Cohort before = plan().cohorts().get(1);
        YearMonth january = YearMonth.of(before.start().getYear() + 1, 1);

        vm.change("new cohort change", ScenarioEdits::withNewCohortChange); // cohort 1, nothing changed yet
        assertThat(plan().cohorts().getFirst().start()).isEqualTo(firstMonth());
        vm.change("cohort 2", s -> ScenarioEdits.withOverride(s, 1, new CohortOverride(2, january, Map.of("Design", 6))));

        Plan.Cohort after = plan().cohorts().get(1);
        assertThat(after.start()).isEqualTo(january);
        assertThat(after.phases().getFirst().end()).isEqualTo(january.plusMonths(5));
        assertThat(after.phases().get(1).end()).isEqualTo(january.plusMonths(6 + 12 - 1));
        assertThat(after.schoolIds()).isEqualTo(before.schoolIds());
        assertThat(stored().overrides()).containsExactly(new CohortOverride(2, january, Map.of("Design", 6)));

        undo.undo();
        assertThat(plan().cohorts().get(1).start()).isEqualTo(before.start());
        assertThat(stored().overrides()).containsExactly(new CohortOverride(1, null, Map.of()));
        undo.redo();
        assertThat(plan().cohorts().get(1).start()).isEqualTo(january);
        vm.change("removal", s -> ScenarioEdits.withoutOverride(s, 2));
        assertThat(stored().overrides()).isEmpty();
        assertThat(plan().cohorts().get(1)).isEqualTo(before);
    }

    @Test
    void aCohortChangeTheRulesRefuseLeavesTheScenarioAndSaysWhy() {
        vm.change("cohort 2", s -> ScenarioEdits.withOverride(s, 2, CohortOverride.startingIn(2, firstMonth().plusMonths(14))));
        Scenario before = stored();

        assertThat(vm.change("too early", s -> ScenarioEdits.withOverride(s, 2,
                CohortOverride.startingIn(2, firstMonth().minusMonths(1))))).hasValueSatisfying(
                        m -> assertThat(m).isEqualTo("Cohort 2 cannot start before August 2015, the start of the first school year."));
        assertThat(vm.messageProperty().get()).contains("cannot start before August 2015");
        vm.change("new", ScenarioEdits::withNewCohortChange); // cohort 1
        assertThat(vm.change("twice", s -> ScenarioEdits.withOverride(s, 1, CohortOverride.startingIn(2, null))))
                .hasValue("Cohort 2 already has its own changes.");
        assertThat(vm.change("phase", s -> ScenarioEdits.withOverride(s, 1, new CohortOverride(1, null, Map.of("Planning", 6)))))
                .hasValue("There is no phase called Planning.");
        assertThat(stored().overrides()).hasSize(2);
        assertThat(stored().overrides().getFirst()).isEqualTo(before.overrides().getFirst());
    }

    @Test
    void monthsAreReadAsPeopleWriteThem() {
        assertThat(ScenarioEdits.month("January 2018", "x")).isEqualTo(YearMonth.of(2018, 1));
        assertThat(ScenarioEdits.month(" jan 2018 ", "x")).isEqualTo(YearMonth.of(2018, 1));
        assertThat(ScenarioEdits.month("Sept. 2016", "x")).isEqualTo(YearMonth.of(2016, 9));
        assertThat(ScenarioEdits.month("2018-01", "x")).isEqualTo(YearMonth.of(2018, 1));
        assertThat(ScenarioEdits.month("1/2018", "x")).isEqualTo(YearMonth.of(2018, 1));
        assertThatThrownBy(() -> ScenarioEdits.month("2018-13", "The start of cohort 2")).hasMessage(
                "The start of cohort 2 must be a month such as January 2018 or 2018-01 (it was \"2018-13\").");
        assertThatThrownBy(() -> ScenarioEdits.month("next spring", "The start")).hasMessageContaining("(it was \"next spring\")");
    }

    @Test
    void aNamedCostItemIsSavedAndSummedPerSchoolYear() {
        vm.change("new cost", s -> ScenarioEdits.withCosts(s, List.of(new PhaseCost("Planning grant", "Design", 100_000, 0),
                new PhaseCost("Implementation", 0, 10))));
        assertThat(stored().costs()).extracting(PhaseCost::item).containsExactly("Planning grant", "Implementation costs");
        var first = vm.scenarioProperty().get().calendar().firstYear();
        assertThat(plan().cost(first, "Planning grant")).isEqualTo(6 * 100_000L);
        assertThat(ScenariosViewModel.costItemSummary(plan(), "Planning grant"))
                .isEqualTo("Planning grant: $5,000,000 in all, from 2015-16 to 2024-25.");

        undo.undo();
        assertThat(stored().costs()).isEmpty();
        assertThat(plan().costItems()).isEmpty();
    }
}
