package org.rolloutplanner.ui.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.event.ActionEvent;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rolloutplanner.app.district.SampleDistrict;
import org.rolloutplanner.app.workspace.OpenMode;
import org.rolloutplanner.domain.district.District;
import org.rolloutplanner.domain.rollout.CohortOverride;
import org.rolloutplanner.domain.rollout.Phase;
import org.rolloutplanner.domain.rollout.RolloutCalendar;
import org.rolloutplanner.domain.rollout.RolloutRule;
import org.rolloutplanner.domain.rollout.Scenario;
import org.rolloutplanner.domain.rollout.SchoolYear;
import org.rolloutplanner.domain.school.SchoolLevel;
import org.rolloutplanner.persistence.WorkspaceOpener;
import org.rolloutplanner.persistence.WorkspaceServices;
import org.rolloutplanner.ui.common.FxDialogService;
import org.rolloutplanner.ui.common.UndoManager;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** The scenario form's cost names, components-only groups and cohort changes, in the real view on a fresh workspace. */
class CohortAdjustmentsUiTest extends ApplicationTest {

    @TempDir
    Path dir;

    private WorkspaceServices ws;
    private District district;
    private ScenariosView view;

    @Override
    public void start(Stage stage) {
        ws = WorkspaceServices.of(new WorkspaceOpener().open(dir.resolve("adjust-test.mv.db"), OpenMode.CREATE_IF_MISSING));
        district = SampleDistrict.create(ws.districts());
        ws.scenarios().create(district.key(), "Ten percent", Scenario.builder(RolloutCalendar.startingIn(SchoolYear.parse("2015-16")))
                .phases(Phase.of("Design", 12), Phase.of("Implementation", 12))
                .rule(RolloutRule.FirstCohort.of(6)).rule(new RolloutRule.PercentOfSchools(10)).build());
        view = ScenariosView.forWindow(new SimpleObjectProperty<>(district), new SimpleBooleanProperty(false), ws::scenarios,
                new org.rolloutplanner.ui.common.SynchronousTaskRunner(), new FxDialogService(stage), new UndoManager(),
                new SimpleBooleanProperty(false));
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

    private Scenario saved() {
        return ws.scenarios().ofDistrict(district.key()).getFirst().scenario();
    }

    /** Types into a field of the form and presses Enter, as a person would. */
    private void enter(String id, String text) {
        TextField field = lookup(id).queryAs(TextField.class);
        interact(() -> {
            field.setText(text);
            field.fireEvent(new ActionEvent());
        });
    }

    @Test
    void aCostItemIsNamedSavedAndShowsItsTotal() throws TimeoutException {
        waitUntil(() -> view.timeline().rows().size() == 10);
        interact(() -> lookup("#addCost").queryButton().fire());
        waitUntil(() -> lookup("#costName0").tryQuery().isPresent());
        assertThat(lookup("#costName0").queryAs(TextField.class).getPromptText()).isEqualTo("Design costs");

        enter("#costName0", "Planning grant");
        waitUntil(() -> saved().costs().getFirst().name().equals("Planning grant"));
        assertThat(view.viewModel().planProperty().get().costItemNames()).containsExactly("Planning grant");
        assertThat(lookup("#costTotal0").queryLabeled().getText())
                .isEqualTo("Planning grant: $5,000,000 in all, from 2015-16 to 2024-25.");
    }

    @Test
    void elementarySchoolsAreMadeComponentsOnlyUntilAMonthAndUndoTakesItBack() throws TimeoutException {
        waitUntil(() -> view.timeline().rows().size() == 10);
        interact(() -> lookup("#addPartial").queryButton().fire());
        waitUntil(() -> lookup("#partialAddLevel0").tryQuery().isPresent());
        interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<SchoolLevel> level = lookup("#partialAddLevel0").queryAs(ComboBox.class);
            level.setValue(SchoolLevel.ELEMENTARY);
        });
        long elementary = view.viewModel().roster().stream().filter(s -> s.level() == SchoolLevel.ELEMENTARY).count();
        waitUntil(() -> saved().partial().getFirst().schoolIds().size() == elementary);
        assertThat(lookup("#partialSchools0").queryLabeled().getText()).startsWith(elementary + " schools: ");

        enter("#partialUntil0", "January 2019");
        waitUntil(() -> saved().partial().getFirst().until().equals(YearMonth.of(2019, 1)));
        assertThat(view.viewModel().planProperty().get().placements())
                .filteredOn(p -> p.componentsOnlyUntil() != null).hasSize((int) elementary);

        interact(() -> view.viewModel().undoManager().undo());
        waitUntil(() -> saved().partial().getFirst().until().equals(YearMonth.of(2017, 8)));
        assertThat(lookup("#partialUntil0").queryAs(TextField.class).getText()).isEqualTo("August 2017");
    }

    @Test
    void cohortTwoGetsItsOwnStartInTheFormAndADragOnTheTimelineShowsThere() throws TimeoutException {
        waitUntil(() -> view.timeline().rows().size() == 10);
        interact(() -> lookup("#addCohortChange").queryButton().fire());
        waitUntil(() -> lookup("#overrideCohort0").tryQuery().isPresent());
        enter("#overrideCohort0", "2");
        waitUntil(() -> saved().overrides().equals(java.util.List.of(new CohortOverride(2, null, java.util.Map.of()))));
        enter("#overrideStart0", "January 2017");
        enter("#overrideMonths0_0", "6");
        waitUntil(() -> saved().overrides().equals(java.util.List.of(
                new CohortOverride(2, YearMonth.of(2017, 1), java.util.Map.of("Design", 6)))));
        var cohort2 = view.viewModel().planProperty().get().cohorts().get(1);
        assertThat(cohort2.start()).isEqualTo(YearMonth.of(2017, 1));
        assertThat(cohort2.phases().getFirst().end()).isEqualTo(YearMonth.of(2017, 6));

        // dragging cohort 2's bar three months to the right: the form shows the new start
        TimelineChart chart = view.timeline();
        interact(() -> {
            chart.zoomProperty().set(TimelineChart.Zoom.TERMS); // 14 pixels a month
            chart.focus(null, SchoolYear.parse("2016-17")); // scrolled so that 2016-17 is in view
        });
        Canvas canvas = (Canvas) chart.getChildrenUnmodifiable().getFirst();
        double y = TimelineChart.HEADER + TimelineChart.ROW + TimelineChart.ROW / 2;
        double px = chart.pxPerMonth();
        double x0 = chart.xOf(YearMonth.of(2017, 1)) + 2 * px + px / 2;
        drag(canvas.localToScreen(x0, y), MouseButton.PRIMARY).moveTo(canvas.localToScreen(x0 + 2 * px, y))
                .moveTo(canvas.localToScreen(x0 + 3 * px, y)).release(MouseButton.PRIMARY);
        waitUntil(() -> YearMonth.of(2017, 4).equals(saved().overrides().getFirst().start()));
        assertThat(saved().overrides().getFirst().months()).containsEntry("Design", 6);
        assertThat(lookup("#overrideStart0").queryAs(TextField.class).getText()).isEqualTo("April 2017");

        interact(() -> lookup("#removeOverride0").queryButton().fire());
        waitUntil(() -> saved().overrides().isEmpty());
        assertThat(lookup("#overrideCohort0").tryQuery()).isEmpty();
    }
}
