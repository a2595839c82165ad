package org.rolloutplanner.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rolloutplanner.app.workspace.OpenMode;
import org.rolloutplanner.domain.district.DistrictProfile;
import org.rolloutplanner.domain.school.School;
import org.rolloutplanner.persistence.WorkspaceOpener;
import org.rolloutplanner.persistence.WorkspaceServices;
import org.rolloutplanner.ui.common.DatabaseTaskRunner;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** The import wizard's happy path, clicked through on the headless platform, work on a background thread. */
class ImportWizardUiTest extends ApplicationTest {

    @TempDir
    Path dir;
    WorkspaceServices ws;
    DatabaseTaskRunner runner;
    Path file;

    @Override
    public void start(Stage stage) throws Exception {
        ws = WorkspaceServices.of(new WorkspaceOpener().open(dir.resolve("ui.mv.db"), OpenMode.CREATE_IF_MISSING));
        ws.districts().create("Riverside", DistrictProfile.EMPTY);
        file = Files.writeString(dir.resolve("district schools.csv"), """
                School ID,School Name,Level,Enrollment,FRL %
                00101,Adams Elementary,Elementary,400,60
                00102,Baker Middle,Middle,600,55
                """, StandardCharsets.UTF_8);
        runner = new DatabaseTaskRunner();
        var vm = new ImportWizardViewModel(runner, ws.imports(), "Riverside", () -> { }, javafx.application.Platform::runLater);
        stage.setScene(new Scene(new ImportWizardDialog(vm, () -> List.of(file)), 900, 600));
        stage.show();
    }

    @AfterEach
    void close() throws TimeoutException {
        org.testfx.api.FxToolkit.cleanupStages();
        runner.close();
        ws.close();
    }

    private void waitFor(String query) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup(query).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void chooseAFileSeeTheChangesConfirmAndTheSchoolsAreSaved() throws TimeoutException {
        clickOn("#importChooseFiles");
        waitFor("#importNext");
        clickOn("#importNext");
        waitFor("#importConfirm");
        ListView<?> changes = lookup("#importChanges").queryAs(ListView.class);
        assertThat(changes.getItems()).hasSize(2);

        clickOn("#importConfirm");
        waitFor("#importSummary");

        assertThat(lookup("#importSummary").queryAs(Label.class).getText()).startsWith("Added 2 schools");
        assertThat(ws.schools().ofDistrict(ws.districts().require("Riverside").key())).extracting(School::id)
                .containsExactly("00101", "00102");
    }
}
