package org.rolloutplanner.ui.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rolloutplanner.app.DataDirectory;
import org.rolloutplanner.app.scenario.SavedScenario;
import org.rolloutplanner.domain.rollout.RolloutRule;
import org.rolloutplanner.domain.rollout.Warning;
import org.rolloutplanner.ui.RolloutPlannerApp;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives the real window on a fresh default workspace (the sample district's 50 schools): a scenario made in the
 * Scenarios &amp; Timeline area shows its cohorts on the timeline, warns about a missed target and is still there after
 * a restart.
 */
class ScenariosUiTest extends FxRobot {

    @TempDir
    Path dataDir;

    private RolloutPlannerApp app;

    private void startApp() throws TimeoutException {
        System.setProperty(DataDirectory.PROPERTY, dataDir.toString());
        FxToolkit.registerPrimaryStage();
        app = (RolloutPlannerApp) FxToolkit.setupApplication(
                () -> new RolloutPlannerApp(new RolloutPlannerApp.LaunchOptions(null, false)));
        waitUntil(() -> lookup("#schoolsTable").tryQuery().map(t -> ((TableView<?>) t).getItems().size() == 50).orElse(false));
        clickOn("#nav-timeline");
        waitUntil(() -> lookup("#scenariosView").tryQuery().isPresent());
    }

    private void stopApp() throws TimeoutException {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
            app = null;
        }
    }

    @AfterEach
    void tearDown() throws TimeoutException {
        for (var w : listTargetWindows()) {
            if (w instanceof javafx.stage.Stage s && s.getModality() != javafx.stage.Modality.NONE) {
                interact(s::close);
            }
        }
        stopApp();
    }

    private void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private ScenariosView view() {
        return lookup("#scenariosView").queryAs(ScenariosView.class);
    }

    private ScenariosViewModel vm() {
        return view().viewModel();
    }

    private java.util.List<String> cohortLabels() {
        return view().timeline().rows().stream().filter(TimelineRows.Row::isCohort).map(TimelineRows.Row::label).toList();
    }

    @SuppressWarnings("unchecked")
    private ListView<Warning> warnings() {
        return lookup("#warningsList").queryAs(ListView.class);
    }

    private void typeInto(String id, String text) {
        TextField field = lookup(id).queryAs(TextField.class);
        clickOn(field);
        interact(field::selectAll);
        write(text);
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aScenarioOfSixPilotsThenTenPercentShowsTenCohortsAndWarnsAboutAMissedTarget() throws TimeoutException {
        startApp();
        // a first run's sample district comes with its two sample scenarios
        waitUntil(() -> lookup("#scenarioList").queryAs(ListView.class).getItems().size() == 2);

        clickOn("#newScenario");
        waitUntil(() -> lookup(".dialog-pane .text-field").tryQuery().isPresent());
        TextField name = lookup(".dialog-pane .text-field").queryAs(TextField.class);
        clickOn(name);
        interact(name::selectAll);
        write("Six pilots, then 10% a year");
        type(KeyCode.ENTER);
        waitUntil(() -> vm().selectedProperty().get() != null);
        assertThat(vm().selectedProperty().get().name()).isEqualTo("Six pilots, then 10% a year");
        waitUntil(() -> cohortLabels().size() == 1);
        assertThat(cohortLabels().getFirst()).startsWith("Cohort 1 · ").endsWith(" · 6 schools");

        // first:6 is the starter's rule; add a second rule and make it percent-schools:10
        typeInto("#ruleValue0", "6");
        clickOn("#addRule");
        waitUntil(() -> lookup("#ruleKind1").tryQuery().isPresent());
        clickOn("#ruleKind1");
        ListCell<?> percent = lookup(".combo-box-popup .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> RuleKind.PERCENT_SCHOOLS.label().equals(c.getText())).findFirst().orElseThrow();
        clickOn(percent);
        waitUntil(() -> lookup("#ruleValue1").tryQuery().map(n -> n.isVisible()).orElse(false));
        typeInto("#ruleValue1", "10");
        waitUntil(() -> vm().scenarioProperty().get().rules().size() == 2
                && vm().scenarioProperty().get().rules().get(1).equals(new RolloutRule.PercentOfSchools(10)));

        // 50 schools: 6, then 5 a year (10% of 50) until all have started
        waitUntil(() -> cohortLabels().size() == 10);
        assertThat(cohortLabels().getFirst()).endsWith(" · 6 schools");
        assertThat(cohortLabels().subList(1, 9)).allMatch(l -> l.endsWith(" · 5 schools"));
        assertThat(cohortLabels().getLast()).startsWith("Cohort 10 · ").endsWith(" · 4 schools");
        assertThat(lookup("#ruleDescription1").queryLabeled().getText())
                .startsWith("2. 10% of the district's schools a year (rounded up) until every school has started.\n10% of 50");

        // a target five years after the first cohort is missed
        interact(() -> lookup("#scenarioEditorScroll").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1.0));
        clickOn("#addTarget");
        waitUntil(() -> warnings().getItems().stream().anyMatch(w -> w.message().contains("100% of schools")));
        Warning missed = warnings().getItems().stream().filter(w -> w.message().contains("100% of schools")).findFirst()
                .orElseThrow();
        assertThat(missed.message()).contains("short");

        // clicking the warning shows its school year on the timeline
        int index = warnings().getItems().indexOf(missed);
        interact(() -> warnings().scrollTo(index));
        clickOn(lookup("#warningsList .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getItem() == missed).findFirst().orElseThrow());
        waitUntil(() -> missed.schoolYear().equals(vm().focusedYearProperty().get()));

        // expanding a cohort shows its schools
        clickOn("#expandAll");
        waitUntil(() -> view().timeline().rows().size() == 60);

        // every change was saved: after a restart the scenario is there as it was left
        var before = vm().scenarioProperty().get();
        stopApp();
        startApp();
        waitUntil(() -> vm().selectedProperty().get() != null);
        // the window opens on the preferred scenario (the sample's); the new one is in the list as it was left
        assertThat(vm().selectedProperty().get().preferred()).isTrue();
        @SuppressWarnings("unchecked")
        ListView<SavedScenario> list = lookup("#scenarioList").queryAs(ListView.class);
        SavedScenario mine = list.getItems().stream().filter(s -> s.name().equals("Six pilots, then 10% a year"))
                .findFirst().orElseThrow();
        interact(() -> list.getSelectionModel().select(mine));
        waitUntil(() -> vm().selectedProperty().get().name().equals("Six pilots, then 10% a year"));
        SavedScenario back = vm().selectedProperty().get();
        assertThat(back.scenario()).isEqualTo(before);
        waitUntil(() -> cohortLabels().size() == 10);
    }

    @Test
    void undoTakesBackARuleAndTheTimelineFollows() throws TimeoutException {
        startApp();
        clickOn("#newScenario");
        waitUntil(() -> lookup(".dialog-pane .text-field").tryQuery().isPresent());
        type(KeyCode.ENTER);
        waitUntil(() -> cohortLabels().size() == 1);
        clickOn("#addRule");
        waitUntil(() -> cohortLabels().size() == 2);
        assertThat(cohortLabels().get(1)).endsWith(" · 44 schools");

        clickOn(lookup("#undoButton").queryButton());
        waitUntil(() -> cohortLabels().size() == 1);
        assertThat(vm().scenarioProperty().get().rules()).hasSize(1);
        push(KeyCode.CONTROL, KeyCode.Y);
        waitUntil(() -> cohortLabels().size() == 2);
        @SuppressWarnings("unchecked")
        ComboBox<RuleKind> kind = lookup("#ruleKind1").queryAs(ComboBox.class);
        assertThat(kind.getValue()).isEqualTo(RuleKind.REMAINING);
    }
}
