package org.rolloutplanner.ui.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rolloutplanner.app.district.SampleDistrict;
import org.rolloutplanner.app.workspace.OpenMode;
import org.rolloutplanner.domain.district.District;
import org.rolloutplanner.domain.rollout.Phase;
import org.rolloutplanner.domain.rollout.RolloutCalendar;
import org.rolloutplanner.domain.rollout.RolloutRule;
import org.rolloutplanner.domain.rollout.Scenario;
import org.rolloutplanner.domain.rollout.SchoolYear;
import org.rolloutplanner.domain.school.School;
import org.rolloutplanner.persistence.WorkspaceOpener;
import org.rolloutplanner.persistence.WorkspaceServices;
import org.rolloutplanner.ui.common.FxDialogService;
import org.rolloutplanner.ui.common.UndoManager;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** The Scenarios & Timeline area alone, on a fresh workspace with the sample district and one saved scenario. */
class ScenariosViewUiTest extends ApplicationTest {

    @TempDir
    Path dir;

    private WorkspaceServices ws;
    private District district;
    private ScenariosView view;

    @Override
    public void start(Stage stage) {
        ws = WorkspaceServices.of(new WorkspaceOpener().open(dir.resolve("view-test.mv.db"), OpenMode.CREATE_IF_MISSING));
        district = SampleDistrict.create(ws.districts());
        ws.scenarios().create(district.key(), "Ten percent", Scenario.builder(RolloutCalendar.startingIn(SchoolYear.parse("2015-16")))
                .phases(Phase.of("Design", 12), Phase.of("Implementation", 12))
                .rule(RolloutRule.FirstCohort.of(6)).rule(new RolloutRule.PercentOfSchools(10)).build());
        view = ScenariosView.forWindow(new SimpleObjectProperty<>(district), new SimpleBooleanProperty(false), ws::scenarios,
                new org.rolloutplanner.ui.common.SynchronousTaskRunner(), new FxDialogService(stage), new UndoManager(), new SimpleBooleanProperty(false));
        stage.setScene(new Scene(view, 1250, 760));
        stage.show();
    }

    @AfterEach
    void close() throws TimeoutException {
        org.testfx.api.FxToolkit.cleanupStages();
        ws.close();
    }

    private void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Screen point of the middle of a timeline row, over the bars. */
    private Point2D row(int index) {
        Canvas canvas = lookup("#timelineChart .canvas").tryQuery().map(Canvas.class::cast)
                .orElseGet(() -> (Canvas) view.timeline().getChildrenUnmodifiable().getFirst());
        return canvas.localToScreen(TimelineChart.FIRST_COLUMN + 40,
                TimelineChart.HEADER + index * TimelineChart.ROW + TimelineChart.ROW / 2);
    }

    @Test
    void theSavedScenarioOpensWithItsTenCohorts() throws TimeoutException {
        waitUntil(() -> view.timeline().rows().size() == 10);
        assertThat(view.timeline().rows().getFirst().label()).isEqualTo("Cohort 1 · 2015-16 · 6 schools");
        assertThat(lookup("#planSummary").queryLabeled().getText()).startsWith("50 of 50 schools in 10 cohorts");
    }

    @Test
    void draggingASchoolOntoAnotherCohortPinsItThereAndSavesThePin() throws TimeoutException {
        waitUntil(() -> view.timeline().rows().size() == 10);
        interact(() -> view.timeline().toggle(1));
        School first = view.timeline().rows().get(1).school();
        // rows: 0 cohort 1, 1–6 its schools, 7 cohort 2, 8 cohort 3
        drag(row(1), MouseButton.PRIMARY).moveTo(row(5)).moveTo(row(8)).release(MouseButton.PRIMARY);
        waitUntil(() -> view.viewModel().scenarioProperty().get().pins().containsKey(first.id()));
        assertThat(view.viewModel().scenarioProperty().get().pins()).containsEntry(first.id(), 3);
        assertThat(view.viewModel().planProperty().get().cohortOf(first.id()).orElseThrow().number()).isEqualTo(3);
        waitUntil(() -> ws.scenarios().ofDistrict(district.key()).getFirst().scenario().pins().containsKey(first.id()));
    }

    @Test
    void draggingCohort2sBarMovesItsStartSavesItAndUndoPutsItBack() throws TimeoutException {
        waitUntil(() -> view.timeline().rows().size() == 10);
        TimelineChart chart = view.timeline();
        java.time.YearMonth was = chart.rows().get(1).cohort().start();
        Canvas canvas = (Canvas) chart.getChildrenUnmodifiable().getFirst();
        double y = TimelineChart.HEADER + TimelineChart.ROW + TimelineChart.ROW / 2;
        double px = chart.pxPerMonth();
        double x0 = chart.xOf(was) + 3 * px + px / 2;
        // cohort 2 is the second row; drag its bar seven months to the right, in small steps
        drag(canvas.localToScreen(x0, y), MouseButton.PRIMARY).moveTo(canvas.localToScreen(x0 + 3 * px, y))
                .moveTo(canvas.localToScreen(x0 + 7 * px, y)).release(MouseButton.PRIMARY);
        java.time.YearMonth moved = was.plusMonths(7);
        waitUntil(() -> ws.scenarios().ofDistrict(district.key()).getFirst().scenario().overrides().stream()
                .anyMatch(o -> o.cohort() == 2 && moved.equals(o.start())));
        assertThat(view.viewModel().planProperty().get().cohorts().get(1).start()).isEqualTo(moved);

        interact(() -> view.viewModel().undoManager().undo());
        waitUntil(() -> ws.scenarios().ofDistrict(district.key()).getFirst().scenario().overrides().isEmpty());
        assertThat(view.viewModel().planProperty().get().cohorts().get(1).start()).isEqualTo(was);
    }

    @Test
    void compareShowsBothScenariosFigures() throws TimeoutException {
        waitUntil(() -> view.timeline().rows().size() == 10);
        clickOn("#cloneScenario");
        waitUntil(() -> view.viewModel().scenarios().size() == 2);
        clickOn("#compareScenarios");
        waitUntil(() -> lookup("#compareTable").tryQuery().isPresent());
        TableView<?> table = lookup("#compareTable").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(2);
        assertThat(lookup("Every school starts in the same cohort in both scenarios.").tryQuery()).isPresent();
    }

    @Test
    void theFormAddsACapacityCheckACostAndAnExclusionEachSavedAtOnce() throws TimeoutException {
        waitUntil(() -> view.timeline().rows().size() == 10);
        interact(() -> lookup("#addCapacity").queryButton().fire());
        waitUntil(() -> lookup("#capacityMax0").tryQuery().isPresent());
        interact(() -> {
            javafx.scene.control.TextField max = lookup("#capacityMax0").queryAs(javafx.scene.control.TextField.class);
            max.setText("3");
            max.fireEvent(new javafx.event.ActionEvent());
        });
        waitUntil(() -> view.viewModel().warnings().stream().anyMatch(w -> w.message().contains("coaching capacity is 3")));
        waitUntil(() -> ws.scenarios().ofDistrict(district.key()).getFirst().scenario().checks().size() == 1);

        interact(() -> lookup("#addCost").queryButton().fire());
        waitUntil(() -> ws.scenarios().ofDistrict(district.key()).getFirst().scenario().costs().size() == 1);
        assertThat(view.viewModel().planProperty().get().years().stream().mapToLong(
                org.rolloutplanner.domain.rollout.Plan.YearSummary::cost).sum()).isEqualTo(50 * 100_000L);

        interact(() -> {
            @SuppressWarnings("unchecked")
            var pick = (javafx.scene.control.ComboBox<School>) lookup("#excludeSchool").queryAs(javafx.scene.control.ComboBox.class);
            pick.setValue(pick.getItems().getFirst());
        });
        waitUntil(() -> ws.scenarios().ofDistrict(district.key()).getFirst().scenario().exclusions().size() == 1);
        assertThat(lookup("#planSummary").queryLabeled().getText()).startsWith("49 of 49 schools");
    }

    @Test
    void compareTakesAThirdScenarioWhenItIsTicked() throws TimeoutException {
        waitUntil(() -> view.timeline().rows().size() == 10);
        clickOn("#cloneScenario");
        waitUntil(() -> view.viewModel().scenarios().size() == 2);
        clickOn("#cloneScenario");
        waitUntil(() -> view.viewModel().scenarios().size() == 3);
        clickOn("#compareScenarios");
        waitUntil(() -> lookup("#compareTable").tryQuery().isPresent());
        TableView<?> table = lookup("#compareTable").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(2);
        interact(() -> lookup("#compareTick2").queryAs(javafx.scene.control.CheckBox.class).setSelected(true));
        assertThat(table.getItems()).hasSize(3);
        assertThat(lookup("#compareChart").queryAs(javafx.scene.chart.LineChart.class).getData()).hasSize(3);
        interact(() -> lookup("#compareTick1").queryAs(javafx.scene.control.CheckBox.class).setSelected(false));
        assertThat(table.getItems()).hasSize(2);
    }
}
