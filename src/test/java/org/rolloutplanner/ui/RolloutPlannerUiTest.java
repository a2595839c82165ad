package org.rolloutplanner.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rolloutplanner.app.DataDirectory;
import org.rolloutplanner.app.district.SampleDistrict;
import org.rolloutplanner.app.workspace.OpenMode;
import org.rolloutplanner.domain.school.School;
import org.rolloutplanner.domain.school.SchoolLevel;
import org.rolloutplanner.persistence.WorkspaceOpener;
import org.rolloutplanner.persistence.WorkspaceServices;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real window on a fresh default workspace (with the sample district) in a temporary data folder. */
class RolloutPlannerUiTest extends FxRobot {

    private static final String CANYON = "Canyon High School";

    @TempDir
    Path dataDir;

    private RolloutPlannerApp app;
    private final String dataDirBefore = System.getProperty(DataDirectory.PROPERTY);

    private void startApp() throws TimeoutException {
        System.setProperty(DataDirectory.PROPERTY, dataDir.toString());
        FxToolkit.registerPrimaryStage();
        app = (RolloutPlannerApp) FxToolkit.setupApplication(
                () -> new RolloutPlannerApp(new RolloutPlannerApp.LaunchOptions(null, false)));
        waitUntil(() -> table().getItems().size() == 50);
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
        // close any dialog a failing test left open, then the app
        for (var w : listTargetWindows()) {
            if (w instanceof javafx.stage.Stage s && s.getModality() != javafx.stage.Modality.NONE) {
                interact(s::close);
            }
        }
        stopApp();
        if (dataDirBefore == null) {
            System.clearProperty(DataDirectory.PROPERTY);
        } else {
            System.setProperty(DataDirectory.PROPERTY, dataDirBefore);
        }
    }

    private void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("Timed out; window state: " + describe(), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String describe() {
        try {
            var scene = table().getScene();
            return "rows=" + table().getItems().size() + ", message=\"" + message() + "\", focus="
                    + scene.getFocusOwner() + ", editing=" + table().getEditingCell();
        } catch (RuntimeException e) {
            return e.toString();
        }
    }

    @SuppressWarnings("unchecked")
    private TableView<School> table() {
        return (TableView<School>) lookup("#schoolsTable").queryAs(TableView.class);
    }

    private School row(String name) {
        return table().getItems().stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
    }

    private String message() {
        return lookup("#schoolsMessage").queryAs(Label.class).getText();
    }

    private void search(String text) {
        TextField field = lookup("#searchField").queryAs(TextField.class);
        clickOn(field);
        interact(field::clear);
        write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private TableCell<?, ?> cell(int rowIndex, String columnId) {
        return lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getTableColumn() != null && columnId.equals(c.getTableColumn().getId())
                        && c.getIndex() == rowIndex && c.isVisible())
                .findFirst().orElseThrow(() -> new AssertionError("No cell " + columnId + " in row " + rowIndex));
    }

    /** Finds the school by name, double-clicks its enrollment cell, types the value and presses Enter. */
    private void typeEnrollment(String schoolName, String value) throws TimeoutException {
        search(schoolName);
        waitUntil(() -> table().getItems().size() == 1);
        doubleClickOn(cell(0, "col-enrollment"));
        waitUntil(() -> table().getEditingCell() != null);
        TextField editor = from(cell(0, "col-enrollment")).lookup(".text-field").queryAs(TextField.class);
        if (!editor.isFocused()) {
            clickOn(editor);
        }
        interact(editor::selectAll);
        write(value);
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Button dialogButton(String text) {
        return from(lookup(".dialog-pane").queryAll()).lookup((Node n) -> n instanceof Button b && text.equals(b.getText()))
                .queryButton();
    }

    private int enrollmentInWorkspace(String schoolName) {
        try (var ws = WorkspaceServices.of(new WorkspaceOpener().open(DataDirectory.defaultWorkspace(), OpenMode.EXISTING))) {
            long key = ws.districts().require(SampleDistrict.NAME).key();
            return ws.schools().ofDistrict(key).stream().filter(s -> s.name().equals(schoolName))
                    .findFirst().orElseThrow().enrollment();
        }
    }

    @Test
    void firstRunShowsTheSampleDistrictsFiftySchools() throws TimeoutException {
        startApp();
        assertThat(table().getItems()).hasSize(50);
        assertThat(lookup(CANYON).tryQuery()).isPresent();
        assertThat(lookup("#schoolCount").queryAs(Label.class).getText()).isEqualTo("50 of 50 schools shown");
        @SuppressWarnings("unchecked")
        ComboBox<org.rolloutplanner.domain.district.District> districts = lookup("#districtSwitcher").queryAs(ComboBox.class);
        assertThat(districts.getValue().name()).isEqualTo(SampleDistrict.NAME);
    }

    @Test
    void negativeEnrollmentIsRefusedAndAGoodOneIsKeptAfterRestart() throws TimeoutException {
        startApp();
        int before = row(CANYON).enrollment();

        typeEnrollment(CANYON, "-5");
        assertThat(message()).contains("Enrollment cannot be negative");
        assertThat(row(CANYON).enrollment()).isEqualTo(before);
        assertThat(cell(0, "col-enrollment").getText()).isEqualTo(Integer.toString(before));

        typeEnrollment(CANYON, "1234");
        waitUntil(() -> row(CANYON).enrollment() == 1234);
        assertThat(cell(0, "col-enrollment").getText()).isEqualTo("1234");

        stopApp();
        startApp();
        assertThat(row(CANYON).enrollment()).isEqualTo(1234);
    }

    @Test
    void ctrlZUndoesAnEditInTheTableAndTheWorkspace() throws TimeoutException {
        startApp();
        int before = row(CANYON).enrollment();
        typeEnrollment(CANYON, "1234");
        waitUntil(() -> row(CANYON).enrollment() == 1234);
        assertThat(lookup("#undoButton").queryButton().isDisabled()).isFalse();

        clickOn(cell(0, "col-name"));
        push(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> row(CANYON).enrollment() == before);
        assertThat(cell(0, "col-enrollment").getText()).isEqualTo(Integer.toString(before));
        assertThat(lookup("#undoButton").queryButton().isDisabled()).isTrue();

        push(KeyCode.CONTROL, KeyCode.Y);
        waitUntil(() -> row(CANYON).enrollment() == 1234);
        push(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> row(CANYON).enrollment() == before);

        stopApp();
        assertThat(enrollmentInWorkspace(CANYON)).isEqualTo(before);
    }

    @Test
    void deleteAsksFirstAndUndoBringsTheSchoolBack() throws TimeoutException {
        startApp();
        search(CANYON);
        waitUntil(() -> table().getItems().size() == 1);
        clickOn(cell(0, "col-name"));
        push(KeyCode.DELETE);
        waitUntil(() -> lookup(".dialog-pane").tryQuery().isPresent());
        assertThat(lookup(".dialog-pane .content").queryAs(Label.class).getText()).contains(CANYON);
        assertThat(row(CANYON)).isNotNull();

        clickOn(dialogButton("Delete"));
        waitUntil(() -> row(CANYON) == null);
        search("");
        waitUntil(() -> table().getItems().size() == 49);
        assertThat(lookup("#schoolCount").queryAs(Label.class).getText()).isEqualTo("49 of 49 schools shown");

        clickOn(lookup("#undoButton").queryButton());
        waitUntil(() -> row(CANYON) != null);
        assertThat(table().getItems()).hasSize(50);
    }

    @Test
    void levelFilterShowsOnlyThatLevel() throws TimeoutException {
        startApp();
        clickOn("#levelFilter");
        ListCell<?> high = lookup(".combo-box-popup .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> "High".equals(c.getText())).findFirst().orElseThrow();
        clickOn(high);
        waitUntil(() -> table().getItems().size() < 50);
        List<School> shown = table().getItems();
        assertThat(shown).isNotEmpty().allMatch(s -> s.level() == SchoolLevel.HIGH);
        assertThat(lookup("#schoolCount").queryAs(Label.class).getText())
                .isEqualTo(shown.size() + " of 50 schools shown");
    }

    @Test
    void selectionIsInTheWindowAndAreasNotBuiltYetSaySo() throws TimeoutException {
        startApp();
        clickOn("#nav-selection");
        assertThat(lookup("#selectionView #roundList").tryQuery()).isPresent();
        assertThat(lookup("#placeholder-selection").tryQuery()).isEmpty();
        push(KeyCode.CONTROL, KeyCode.DIGIT4);
        assertThat(lookup("#exportView").tryQuery()).as("Export is built").isPresent();
        assertThat(lookup("#placeholder-export").tryQuery()).isEmpty();
        push(KeyCode.CONTROL, KeyCode.DIGIT1);
        assertThat(lookup("#schoolsTable").tryQuery()).isPresent();
    }

    /** A visible label or button with that text (without mnemonic marks) in a window that is showing. */
    private Node labeled(String query, String text) throws TimeoutException {
        java.util.function.Supplier<java.util.Optional<Node>> find = () -> lookup(query)
                .match((Node n) -> n instanceof javafx.scene.control.Labeled l && l.getText() != null
                        && l.getText().replace("_", "").equals(text) && n.isVisible() && n.getScene() != null
                        && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing())
                .tryQuery();
        waitUntil(() -> find.get().isPresent());
        return find.get().orElseThrow();
    }

    @Test
    void ctrlNAddsASchoolAndStartsEditingItsName() throws TimeoutException {
        startApp();
        clickOn(cell(0, "col-name"));
        push(KeyCode.CONTROL, KeyCode.N);
        waitUntil(() -> table().getItems().stream().anyMatch(s -> s.id().equals("NEW-1")));
        waitUntil(() -> table().getEditingCell() != null);
        TextField editor = lookup("#schoolsTable .text-field").queryAs(TextField.class);
        if (!editor.isFocused()) {
            clickOn(editor);
        }
        interact(editor::selectAll);
        write("Oak Grove Elementary");
        type(KeyCode.ENTER);
        waitUntil(() -> row("Oak Grove Elementary") != null);
        assertThat(row("Oak Grove Elementary").id()).isEqualTo("NEW-1");
        assertThat(lookup("#schoolCount").queryAs(Label.class).getText()).isEqualTo("51 of 51 schools shown");
    }

    @Test
    void newDistrictAppearsInTheSwitcherWithNoSchools() throws TimeoutException {
        startApp();
        clickOn(labeled(".menu-bar .menu-button", "District"));
        Node item = labeled(".menu-item .label", "New district…");
        clickOn(item);
        waitUntil(() -> lookup(".dialog-pane .text-field").tryQuery().isPresent());
        clickOn(lookup(".dialog-pane .text-field").queryAs(TextField.class));
        write("Cedar County Schools");
        clickOn(dialogButton("OK"));
        @SuppressWarnings("unchecked")
        ComboBox<org.rolloutplanner.domain.district.District> districts =
                lookup("#districtSwitcher").queryAs(ComboBox.class);
        waitUntil(() -> districts.getValue() != null && districts.getValue().name().equals("Cedar County Schools"));
        waitUntil(() -> table().getItems().isEmpty());
        assertThat(districts.getItems()).hasSize(2);
        assertThat(lookup("#schoolCount").queryAs(Label.class).getText()).isEqualTo("0 of 0 schools shown");

        interact(() -> districts.setValue(districts.getItems().getFirst()));
        waitUntil(() -> table().getItems().size() == 50);
    }

    @Test
    void darkThemeIsRememberedBetweenRuns() throws TimeoutException {
        startApp();
        assertThat(javafx.application.Application.getUserAgentStylesheet()).contains("primer-light");
        clickOn(labeled(".menu-bar .menu-button", "View"));
        clickOn(labeled(".menu-item .label", "Dark theme"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(javafx.application.Application.getUserAgentStylesheet()).contains("primer-dark");
        stopApp();
        startApp();
        assertThat(javafx.application.Application.getUserAgentStylesheet()).contains("primer-dark");
    }
}
