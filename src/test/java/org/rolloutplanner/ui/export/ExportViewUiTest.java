package org.rolloutplanner.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rolloutplanner.app.district.SampleDistrict;
import org.rolloutplanner.app.scenario.InMemoryScenarios;
import org.rolloutplanner.domain.district.District;
import org.rolloutplanner.domain.rollout.Phase;
import org.rolloutplanner.domain.rollout.RolloutCalendar;
import org.rolloutplanner.domain.rollout.RolloutRule;
import org.rolloutplanner.domain.rollout.Scenario;
import org.rolloutplanner.domain.rollout.SchoolYear;
import org.rolloutplanner.ui.common.DatabaseTaskRunner;
import org.rolloutplanner.ui.common.FakeDialogService;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** The Export area alone: choose a file, export in the background, open the folder. */
class ExportViewUiTest extends ApplicationTest {

    @TempDir
    Path dir;

    private final FakeExportFiles files = new FakeExportFiles();
    private final FakeDialogService dialogs = new FakeDialogService();
    private DatabaseTaskRunner runner;

    @Override
    public void start(Stage stage) {
        var db = new InMemoryScenarios();
        db.roster.insertAll(1, SampleDistrict.schools());
        var service = db.service();
        service.create(1, "Ten percent", Scenario.builder(RolloutCalendar.startingIn(SchoolYear.parse("2025-26")))
                .phases(Phase.of("Design", 12), Phase.of("Implementation", 12))
                .rule(RolloutRule.FirstCohort.of(6)).rule(new RolloutRule.PercentOfSchools(10)).build());
        runner = new DatabaseTaskRunner();
        var view = ExportView.forWindow(new SimpleObjectProperty<>(new District(1, SampleDistrict.NAME, SampleDistrict.PROFILE)),
                () -> service, runner, dialogs, files);
        stage.setScene(new Scene(view, 1000, 720));
        stage.show();
    }

    @AfterEach
    void close() throws TimeoutException {
        org.testfx.api.FxToolkit.cleanupStages();
        runner.close();
    }

    @Test
    void chooseAFileExportAndOpenTheFolder() throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !lookup("#exportScenarios .list-cell").queryAll().isEmpty()
                && lookup("#exportButton").queryButton().isDisabled());
        assertThat(lookup("#exportButton").queryButton().isDisabled()).as("no file chosen yet").isTrue();

        clickOn("#sheet-timeline");
        assertThat(lookup("#sheet-timeline").queryAs(CheckBox.class).isSelected()).isFalse();
        files.answers.add(dir.resolve("for the board.xlsx"));
        clickOn("#chooseExportTarget");
        clickOn("#exportButton");

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> lookup("#exportStatus").queryAs(Label.class).getText().startsWith("Exported"));
        WaitForAsyncUtils.waitForFxEvents();
        Path file = dir.resolve("for the board.xlsx");
        assertThat(file).exists();
        assertThat(lookup("#exportStatus").queryAs(Label.class).getText())
                .isEqualTo("Exported 1 scenario to for the board.xlsx (Summary, Cohorts, Schools, Coverage, Budget).");
        Button openFolder = lookup("#openExportFolder").queryButton();
        assertThat(openFolder.isVisible()).isTrue();
        clickOn(openFolder);
        assertThat(files.opened).containsExactly(dir);
        assertThat(dialogs.shown).isEmpty();
        assertThat(Files.isRegularFile(file)).isTrue();
    }
}
