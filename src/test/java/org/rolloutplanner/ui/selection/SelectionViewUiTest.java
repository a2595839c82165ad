package org.rolloutplanner.ui.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rolloutplanner.app.district.SampleDistrict;
import org.rolloutplanner.app.workspace.OpenMode;
import org.rolloutplanner.domain.district.District;
import org.rolloutplanner.domain.selection.Conflict;
import org.rolloutplanner.domain.selection.Criterion;
import org.rolloutplanner.domain.selection.Reviewer;
import org.rolloutplanner.domain.selection.RoundApplicant;
import org.rolloutplanner.domain.selection.Score;
import org.rolloutplanner.domain.selection.SelectionRound;
import org.rolloutplanner.persistence.WorkspaceOpener;
import org.rolloutplanner.persistence.WorkspaceServices;
import org.rolloutplanner.ui.common.FxDialogService;
import org.rolloutplanner.ui.common.SynchronousTaskRunner;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** The Selection area alone: a round of the sample district with three applicants, two reviewers and a conflict. */
class SelectionViewUiTest extends ApplicationTest {

    @TempDir
    Path dir;

    private WorkspaceServices ws;
    private SelectionRound round;
    private List<String> ids;

    @Override
    public void start(Stage stage) {
        ws = WorkspaceServices.of(new WorkspaceOpener().open(dir.resolve("sel.mv.db"), OpenMode.CREATE_IF_MISSING));
        District district = SampleDistrict.create(ws.districts());
        var selection = ws.selection();
        var roster = selection.roster(district.key());
        ids = roster.subList(0, 3).stream().map(s -> s.id()).toList();
        round = selection.create(district.key(), "Pilot cohort 2015", 2, null);
        selection.saveApplicants(round.key(), roster.subList(0, 3).stream().map(s -> RoundApplicant.applied(s.key(), s.id())).toList());
        selection.saveCriteria(round.key(), List.of(Criterion.preferred("C1", "Leadership", 1, 1, 4)));
        selection.saveReviewers(round.key(), List.of(new Reviewer("R1", "Ana Berg", ""), new Reviewer("R2", "Carl Diaz", "")));
        selection.saveConflicts(round.key(), List.of(new Conflict("R1", ids.get(2))));
        var view = SelectionView.forWindow(new SimpleObjectProperty<>(district), new SimpleBooleanProperty(false), ws::selection,
                ws::scenarios, new SynchronousTaskRunner(), new FxDialogService(stage));
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

    @SuppressWarnings("unchecked")
    private TableView<SelectionViewModel.GridRow> grid() {
        return lookup("#scoreGrid").queryAs(TableView.class);
    }

    private TableCell<?, ?> cell(int row, int column) {
        return lookup("#scoreGrid .table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getIndex() == row && c.getTableColumn() == grid().getColumns().get(column)).findFirst().orElseThrow();
    }

    @Test
    void typingScoresInTheGridSavesThemAndMovesDownAndTheConflictedCellIsLocked() throws TimeoutException {
        clickOn("Scores");
        waitUntil(() -> grid().getItems().size() == 3);
        assertThat(cell(2, 1).getText()).isEqualTo("conflict");
        assertThat(cell(0, 1).getText()).isEqualTo("—");
        clickOn(cell(0, 1));
        type(KeyCode.DIGIT3);
        type(KeyCode.ENTER);
        waitUntil(() -> ws.selection().load(round.key()).scores().size() == 1);
        assertThat(grid().getFocusModel().getFocusedCell().getRow()).isEqualTo(1);
        type(KeyCode.DIGIT4);
        type(KeyCode.ENTER);
        waitUntil(() -> ws.selection().load(round.key()).scores().size() == 2);
        assertThat(ws.selection().load(round.key()).scores()).containsExactlyInAnyOrder(new Score("R1", ids.get(0), "C1", 3),
                new Score("R1", ids.get(1), "C1", 4));
        // the conflicted cell does not open for editing
        clickOn(cell(2, 1));
        type(KeyCode.DIGIT2);
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ws.selection().load(round.key()).scores()).hasSize(2);
        assertThat(lookup("2 of 2 scores entered").tryQuery()).isPresent();

        // opening the Results tab ranks the applicants with the scores as they are; no button to press
        clickOn("Results");
        waitUntil(() -> lookup("#resultsTable").queryAs(TableView.class).getItems().size() == 3);
        @SuppressWarnings("unchecked")
        TableView<SelectionViewModel.ResultRow> results = lookup("#resultsTable").queryAs(TableView.class);
        assertThat(results.getItems().get(0).schoolId()).isEqualTo(ids.get(1));
        assertThat(results.getItems().get(0).score()).isEqualTo("4");
    }

    @Test
    void aCommentIsTypedForTheSelectedScoreFromTheKeyboardAndBlindModeHidesTheNames() throws TimeoutException {
        clickOn("Scores");
        waitUntil(() -> grid().getItems().size() == 3);
        clickOn(cell(0, 1));
        type(KeyCode.DIGIT3);
        type(KeyCode.ENTER);
        waitUntil(() -> "3".equals(grid().getItems().get(0).scores().get("C1")));
        clickOn(cell(0, 1));
        // the comment field opens once the score it belongs to is saved and selected
        waitUntil(() -> !lookup("#scoreComment").query().isDisabled());
        // a click on the cell that is already selected opens it for editing (TableView does that): leave the editor
        interact(() -> {
            grid().edit(-1, null);
            grid().requestFocus();
        });
        press(KeyCode.CONTROL).press(KeyCode.ENTER).release(KeyCode.ENTER).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TextField comment = lookup("#scoreComment").queryAs(javafx.scene.control.TextField.class);
        waitUntil(comment::isFocused); // the typed score is saved first, then the comment field takes the keyboard
        write("Clear plan for coaching");
        type(KeyCode.ENTER);
        waitUntil(() -> ws.selection().load(round.key()).scores().get(0).comment().equals("Clear plan for coaching"));
        waitUntil(() -> cell(0, 1).getText() != null && cell(0, 1).getText().contains("✎"));
        waitUntil(() -> grid().isFocused()); // Enter goes back to the grid

        String firstName = grid().getItems().get(0).school();
        clickOn("#blindRound");
        waitUntil(() -> ws.selection().load(round.key()).round().blind());
        assertThat(grid().getItems()).extracting(SelectionViewModel.GridRow::school)
                .containsExactly("Applicant 1", "Applicant 2", "Applicant 3").doesNotContain(firstName);
    }
}
