package org.rolloutplanner.ui.schools;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rolloutplanner.app.importing.ImportRequest;
import org.rolloutplanner.app.importing.ImportService;
import org.rolloutplanner.app.workspace.OpenMode;
import org.rolloutplanner.io.importing.CcdImporter;
import org.rolloutplanner.io.importing.ImportProgress;
import org.rolloutplanner.io.importing.SchoolFileImporter.FileSettings;
import org.rolloutplanner.persistence.WorkspaceOpener;
import org.rolloutplanner.persistence.WorkspaceServices;
import org.rolloutplanner.ui.common.FakeDialogService;
import org.rolloutplanner.ui.common.SynchronousTaskRunner;
import org.rolloutplanner.ui.common.UndoManager;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** The Schools table shows the columns an import kept, hidden until chosen from the column menu. */
class SchoolsViewUiTest extends ApplicationTest {

    @TempDir
    Path dir;
    WorkspaceServices ws;
    TableView<?> table;

    @Override
    public void start(Stage stage) throws Exception {
        ws = WorkspaceServices.of(new WorkspaceOpener().open(dir.resolve("ui.mv.db"), OpenMode.CREATE_IF_MISSING));
        Path f = Files.writeString(dir.resolve("schools.csv"), """
                id,name,level,enrollment,Principal
                00101,Adams Elementary,elementary,400,Ms. Reyes
                00102,Baker Middle,middle,600,Mr. Cole
                """, StandardCharsets.UTF_8);
        var batch = ImportService.read(new ImportRequest(List.of(FileSettings.guessed(f)), ImportRequest.Mode.AUTO,
                CcdImporter.Filter.none(), "Riverside"), ImportProgress.NONE);
        ws.imports().apply("Riverside", true, batch, false);
        var vm = new SchoolsViewModel(new SynchronousTaskRunner(), new FakeDialogService(), new UndoManager());
        vm.show(ws.schools(), ws.districts().require("Riverside"), false);
        var view = new SchoolsView(vm);
        stage.setScene(new Scene(view, 1000, 500));
        stage.show();
    }

    @AfterEach
    void close() throws TimeoutException {
        org.testfx.api.FxToolkit.cleanupStages();
        ws.close();
    }

    @Test
    void aKeptColumnIsInTheColumnMenuHiddenAndShowsEachSchoolsValueWhenChosen() {
        table = lookup("#schoolsTable").queryAs(TableView.class);
        TableColumn<?, ?> principal = table.getColumns().stream().filter(c -> "Principal".equals(c.getText()))
                .findFirst().orElseThrow();
        assertThat(table.isTableMenuButtonVisible()).as("the column menu is there").isTrue();
        assertThat(principal.isVisible()).as("hidden until chosen").isFalse();

        interact(() -> principal.setVisible(true));
        WaitForAsyncUtils.waitForFxEvents();

        List<Object> values = new java.util.ArrayList<>();
        for (int i = 0; i < table.getItems().size(); i++) {
            values.add(principal.getCellData(i));
        }
        assertThat(values).containsExactlyInAnyOrder("Ms. Reyes", "Mr. Cole");
        assertThat(lookup(".table-cell").queryAll()).anyMatch(n -> n instanceof javafx.scene.control.TableCell<?, ?> c
                && "Ms. Reyes".equals(c.getText()));
    }
}
