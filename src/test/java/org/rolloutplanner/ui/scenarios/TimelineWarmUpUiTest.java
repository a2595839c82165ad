package org.rolloutplanner.ui.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rolloutplanner.app.district.SampleDistrict;
import org.rolloutplanner.app.scenario.InMemoryScenarios;
import org.rolloutplanner.app.scenario.SavedScenario;
import org.rolloutplanner.domain.district.District;
import org.rolloutplanner.domain.rollout.Phase;
import org.rolloutplanner.domain.rollout.Plan;
import org.rolloutplanner.domain.rollout.RolloutCalendar;
import org.rolloutplanner.domain.rollout.RolloutRule;
import org.rolloutplanner.domain.rollout.Scenario;
import org.rolloutplanner.domain.rollout.SchoolYear;
import org.rolloutplanner.domain.school.School;
import org.rolloutplanner.domain.school.SchoolLevel;
import org.rolloutplanner.ui.common.FakeDialogService;
import org.rolloutplanner.ui.common.SynchronousTaskRunner;
import org.rolloutplanner.ui.common.UndoManager;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The warm-up that gets the first drag on a newly shown timeline ready: it must change nothing a user could see or undo,
 * save nothing, and plan on its own thread, not the FX thread.
 */
class TimelineWarmUpUiTest extends ApplicationTest {

    private final InMemoryScenarios db = new InMemoryScenarios();
    private final UndoManager undo = new UndoManager();
    private final ExecutorService planner = Executors.newSingleThreadExecutor();
    /** For each piece of work the warm-up ran: true when it ran on the FX thread. */
    private final List<Boolean> plannedOnFx = new CopyOnWriteArrayList<>();
    private final List<Boolean> drawnOnFx = new CopyOnWriteArrayList<>();
    private TimelineWarmUp warmUp;
    private ScenariosViewModel vm;
    private ScenariosView view;

    @Override
    public void start(Stage stage) {
        db.roster.insertAll(1, roster(80));
        db.insert(1, "Ten percent", true, Scenario.builder(RolloutCalendar.startingIn(SchoolYear.parse("2015-16")))
                .phases(Phase.of("Design", 12), Phase.of("Implementation", 12))
                .rule(RolloutRule.FirstCohort.of(6)).rule(new RolloutRule.PercentOfSchools(10)).build());
        warmUp = new TimelineWarmUp(work -> planner.execute(() -> {
            plannedOnFx.add(Platform.isFxApplicationThread());
            work.run();
        }), step -> Platform.runLater(() -> {
            drawnOnFx.add(Platform.isFxApplicationThread());
            step.run();
        }));
        vm = new ScenariosViewModel(new SynchronousTaskRunner(), new FakeDialogService(), undo);
        view = new ScenariosView(vm, warmUp);
        stage.setScene(new Scene(view, 1250, 760));
        stage.show();
    }

    @AfterEach
    void close() throws TimeoutException {
        planner.shutdownNow();
        org.testfx.api.FxToolkit.cleanupStages();
    }

    @Test
    void theWarmUpPlansOffTheFxThreadAndChangesNothingSavedShownOrUndoable() throws Exception {
        interact(() -> vm.show(db.service(), new District(1, "Test district", SampleDistrict.PROFILE), false));
        interact(() -> view.timeline().expandAll(true));
        Scenario scenario = vm.scenarioProperty().get();
        Plan plan = vm.planProperty().get();
        List<SavedScenario> saved = List.copyOf(db.rows);
        int transactions = db.transactions;
        int rows = view.timeline().rows().size();
        List<Node> form = children("#cohortChanges");
        assertThat(scenario).isNotNull();
        assertThat(rows).isGreaterThan(plan.cohorts().size()); // every cohort expanded

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> warmUp.timesDone() == 1);
        planner.shutdown();
        assertThat(planner.awaitTermination(20, TimeUnit.SECONDS)).isTrue(); // the planner's later rounds too
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(plannedOnFx).containsExactly(false);
        assertThat(drawnOnFx).isNotEmpty().containsOnly(true);
        // what the user sees, what is saved and what can be undone: as before
        assertThat(vm.scenarioProperty().get()).isSameAs(scenario);
        assertThat(vm.planProperty().get()).isSameAs(plan);
        assertThat(scenario.pins()).isEmpty();
        assertThat(scenario.overrides()).isEmpty();
        assertThat(db.rows).isEqualTo(saved);
        assertThat(db.transactions).isEqualTo(transactions);
        assertThat(undo.canUndoProperty().get()).isFalse();
        assertThat(undo.canRedoProperty().get()).isFalse();
        assertThat(view.timeline().rows()).hasSize(rows);
        assertThat(view.timeline().dragging()).isFalse();
        assertThat(children("#cohortChanges")).isEqualTo(form);
        assertThat(vm.messageProperty().get()).isEmpty();
    }

    @Test
    void eachScenarioIsPlannedAheadOnceAndTheDrawingIsWarmedOnce() throws Exception {
        interact(() -> vm.show(db.service(), new District(1, "Test district", SampleDistrict.PROFILE), false));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> warmUp.timesDone() == 1);
        int steps = drawnOnFx.size();
        // the same scenario changed and planned again (a pin): no second warm-up
        interact(() -> vm.pin(vm.planProperty().get().cohorts().getFirst().schools().getFirst(), 2));
        interact(() -> undo.undo());
        WaitForAsyncUtils.waitForFxEvents();
        planner.shutdown();
        assertThat(planner.awaitTermination(20, TimeUnit.SECONDS)).isTrue();
        assertThat(plannedOnFx).hasSize(1);
        assertThat(drawnOnFx).hasSize(steps);
        assertThat(warmUp.timesDone()).isEqualTo(1);
    }

    @Test
    void theVariantsAreTheDropsAUserMakesAndLeaveTheScenarioAsItWas() {
        interact(() -> vm.show(db.service(), new District(1, "Test district", SampleDistrict.PROFILE), false));
        Scenario scenario = vm.scenarioProperty().get();
        Plan plan = vm.planProperty().get();
        var v = TimelineWarmUp.variants(scenario, plan);
        School first = plan.cohorts().getFirst().schools().getFirst();
        assertThat(v.pinned().pins()).containsEntry(first.id(), plan.cohorts().get(1).number());
        assertThat(v.moved().overrides()).singleElement()
                .satisfies(o -> assertThat(o.start()).isEqualTo(plan.cohorts().getFirst().start().plusMonths(3)));
        assertThat(scenario.pins()).isEmpty();
        assertThat(scenario.overrides()).isEmpty();
    }

    private List<Node> children(String query) {
        var found = new ArrayList<Node>();
        interact(() -> found.addAll(((Parent) view.getScene().lookup(query)).getChildrenUnmodifiable()));
        return found;
    }

    private static List<School> roster(int n) {
        var list = new ArrayList<School>(n);
        for (int i = 0; i < n; i++) {
            list.add(new School(i + 1, String.format("%012d", 10_345_000_000L + i * 7L), "School " + i,
                    i % 3 == 0 ? SchoolLevel.MIDDLE : SchoolLevel.ELEMENTARY, "", "", 300 + 10 * i, 50.0, "R1", "", 50.0, null));
        }
        return list;
    }
}
