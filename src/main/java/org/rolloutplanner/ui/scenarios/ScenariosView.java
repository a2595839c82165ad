package org.rolloutplanner.ui.scenarios;

import java.time.YearMonth;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import org.rolloutplanner.app.scenario.SavedScenario;
import org.rolloutplanner.app.scenario.ScenarioService;
import org.rolloutplanner.domain.district.District;
import org.rolloutplanner.ui.common.DialogService;
import org.rolloutplanner.ui.common.TaskRunner;
import org.rolloutplanner.ui.common.UndoManager;
import org.rolloutplanner.domain.rollout.Warning;
import org.rolloutplanner.ui.common.Icons;

/**
 * The Scenarios &amp; Timeline area: the district's scenarios on the left, the timeline with its coverage and the
 * warnings in the middle, the scenario's form on the right.
 */
public final class ScenariosView extends BorderPane {

    private final ScenariosViewModel vm;
    private final TimelineChart timeline = new TimelineChart(YearMonth.now());
    private final ListView<SavedScenario> list = new ListView<>();
    private final ListView<Warning> warnings = new ListView<>();
    private final TimelineWarmUp warmUp;

    public ScenariosView(ScenariosViewModel vm) {
        this(vm, new TimelineWarmUp());
    }

    ScenariosView(ScenariosViewModel vm, TimelineWarmUp warmUp) {
        this.vm = vm;
        this.warmUp = warmUp;
        setId("scenariosView");
        getStyleClass().add("scenarios-view");
        setLeft(scenarioList());
        SplitPane main = new SplitPane(center(), editor());
        main.setId("scenarioSplit");
        main.setDividerPositions(0.66);
        SplitPane.setResizableWithParent(main.getItems().getLast(), false);
        setCenter(main);
        // every new scenario is planned at once, so the plan changes after it: one redraw per change, not two
        vm.planProperty().addListener(o -> {
            timeline.show(vm.planProperty().get(), vm.scenarioProperty().get());
            SavedScenario selected = vm.selectedProperty().get();
            if (selected != null) {
                warmUp.shown(selected.key(), vm.roster(), vm.scenarioProperty().get(), vm.planProperty().get(), timeline);
            }
        });
        timeline.show(vm.planProperty().get(), vm.scenarioProperty().get());
        vm.focusedCohortProperty().addListener(o -> timeline.focus(vm.focusedCohortProperty().get(), vm.focusedYearProperty().get()));
        vm.focusedYearProperty().addListener(o -> timeline.focus(vm.focusedCohortProperty().get(), vm.focusedYearProperty().get()));
        timeline.setOnFocus((cohort, year) -> {
            vm.focusedCohortProperty().set(cohort);
            vm.focusedYearProperty().set(year);
        });
        timeline.setOnPin(vm::pin);
        timeline.setOnUnpin(vm::unpin);
        timeline.setOnCohortStart(vm::moveCohortStart);
        // the schools may have changed while another area was shown
        parentProperty().addListener((o, was, now) -> {
            if (now != null) {
                vm.refreshRoster();
            }
        });
    }

    /** The area as the window shows it, following the window's district and read-only state, on the window's task runner. */
    public static ScenariosView forWindow(ObservableValue<District> district, ObservableValue<Boolean> readOnly,
            Supplier<ScenarioService> scenarios, TaskRunner runner, DialogService dialogs, UndoManager undo,
            ObservableValue<Boolean> dark) {
        var vm = new ScenariosViewModel(runner, dialogs, undo);
        var view = new ScenariosView(vm);
        Runnable show = () -> vm.show(scenarios.get(), district.getValue(), Boolean.TRUE.equals(readOnly.getValue()));
        district.addListener((o, was, now) -> show.run());
        readOnly.addListener((o, was, now) -> show.run());
        show.run();
        view.setDark(Boolean.TRUE.equals(dark.getValue()));
        dark.addListener((o, was, now) -> view.setDark(Boolean.TRUE.equals(now)));
        return view;
    }

    public ScenariosViewModel viewModel() {
        return vm;
    }

    /** Tells the canvas the theme (it does not follow CSS). */
    public void setDark(boolean dark) {
        timeline.setDark(dark);
    }

    private VBox scenarioList() {
        Label title = new Label("Scenarios");
        title.getStyleClass().add("title-4");
        list.setId("scenarioList");
        list.setItems(vm.scenarios());
        list.setCellFactory(lv -> new ListCell<>() {
            // one tooltip per cell, its text updated: every edit of a scenario replaces its item in the list
            private final Tooltip tip = new Tooltip();

            {
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(SavedScenario s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : (s.preferred() ? "★ " : "") + s.name());
                if (empty || s == null) {
                    setTooltip(null);
                } else {
                    tip.setText(s.preferred() ? s.name() + " — the preferred scenario" : s.name());
                    setTooltip(tip);
                }
            }
        });
        list.setPlaceholder(new Label("No scenarios yet.\nMake one with New…"));
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && (vm.selectedProperty().get() == null || vm.selectedProperty().get().key() != now.key())) {
                vm.selectedProperty().set(now);
            }
        });
        vm.selectedProperty().addListener((o, was, now) -> {
            if (now == null) {
                list.getSelectionModel().clearSelection();
            } else if (list.getSelectionModel().getSelectedItem() != now) {
                list.getSelectionModel().select(now);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);

        Button add = button("New…", Icons.ADD, "Make a new scenario for this district", vm::newScenario);
        add.setId("newScenario");
        add.disableProperty().bind(vm.canCreateProperty().not());
        Button copy = button("Clone", null, "Copy the chosen scenario under a new name", vm::cloneSelected);
        copy.setId("cloneScenario");
        copy.disableProperty().bind(vm.editableProperty().not());
        Button rename = button("Rename…", null, "Rename the chosen scenario", vm::renameSelected);
        rename.setId("renameScenario");
        rename.disableProperty().bind(copy.disableProperty());
        Button delete = button("Delete…", null, "Delete the chosen scenario (asks first)", vm::deleteSelected);
        delete.setId("deleteScenario");
        delete.disableProperty().bind(copy.disableProperty());
        Button star = button("★ Preferred", null, "Mark the chosen scenario as the district's preferred one", vm::togglePreferred);
        star.setId("preferScenario");
        star.disableProperty().bind(copy.disableProperty());
        Button compare = button("Compare…", null, "Compare two scenarios: coverage, completion, peak load, cost and "
                + "the schools that change cohort", () -> CompareDialog.show(getScene() == null ? null : getScene().getWindow(),
                        java.util.List.copyOf(vm.scenarios()), vm.selectedProperty().get(), vm.roster()));
        compare.setId("compareScenarios");
        compare.disableProperty().bind(Bindings.size(vm.scenarios()).lessThan(2).or(vm.selectedProperty().isNull()));
        VBox buttons = new VBox(4, new HBox(4, add, copy), new HBox(4, rename, delete), star, compare);
        VBox box = new VBox(8, title, list, buttons);
        box.setPadding(new Insets(10));
        box.setPrefWidth(210);
        box.setMinWidth(160);
        box.getStyleClass().add("scenario-list");
        return box;
    }

    /** Buttons of the toolbar may shrink when the window is narrow, rather than push the form off screen. */
    private static void toolbar0MinWidth(Button... buttons) {
        for (Button b : buttons) {
            b.setMinWidth(40);
        }
    }

    private static Button button(String text, Icons icon, String tip, Runnable action) {
        Button b = new Button(text, icon == null ? null : icon.create());
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        b.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(b, Priority.ALWAYS);
        return b;
    }

    private SplitPane center() {
        Label summary = new Label();
        summary.setId("planSummary");
        summary.textProperty().bind(vm.summaryProperty());
        summary.getStyleClass().add("plan-summary");
        ToggleGroup zoomGroup = new ToggleGroup();
        HBox zoom = new HBox();
        zoom.getStyleClass().add("segmented");
        for (TimelineChart.Zoom z : TimelineChart.Zoom.values()) {
            ToggleButton b = new ToggleButton(z.label);
            b.setId("zoom" + z.label);
            b.setToggleGroup(zoomGroup);
            b.setSelected(timeline.zoomProperty().get() == z);
            b.setOnAction(e -> {
                timeline.zoomProperty().set(z);
                b.setSelected(true);
            });
            zoom.getChildren().add(b);
        }
        Button expand = new Button("Expand all");
        expand.setId("expandAll");
        expand.setTooltip(new Tooltip("Show the schools of every cohort"));
        expand.setOnAction(e -> timeline.expandAll(true));
        Button collapse = new Button("Collapse");
        collapse.setOnAction(e -> timeline.expandAll(false));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label title = new Label("Timeline");
        title.getStyleClass().add("title-4");
        toolbar0MinWidth(expand, collapse);
        HBox toolbar = new HBox(8, title, spacer, expand, collapse, zoom);
        toolbar.setAlignment(Pos.CENTER_LEFT);
        toolbar.setPadding(new Insets(6, 8, 2, 8));
        toolbar.setMinWidth(0);
        summary.setPadding(new Insets(0, 8, 4, 8));
        summary.setMinWidth(0);

        Label message = new Label();
        message.setId("scenarioMessage");
        message.textProperty().bind(vm.messageProperty());
        message.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        message.getStyleClass().add("danger");
        message.setWrapText(true);
        message.setPadding(new Insets(0, 8, 4, 8));

        VBox.setVgrow(timeline, Priority.ALWAYS);
        VBox top = new VBox(toolbar, summary, message, timeline);

        Label wTitle = new Label();
        wTitle.textProperty().bind(Bindings.createStringBinding(() -> vm.warnings().isEmpty() ? "No warnings"
                : vm.warnings().size() == 1 ? "1 warning" : vm.warnings().size() + " warnings", vm.warnings()));
        wTitle.setGraphic(Icons.WARNING.create());
        wTitle.getStyleClass().add("title-4");
        warnings.setId("warningsList");
        warnings.setItems(vm.warnings());
        warnings.setPlaceholder(new Label("The plan meets every target and limit."));
        warnings.setCellFactory(lv -> new ListCell<>() {
            private final Label text = new Label();

            {
                text.setWrapText(true);
                text.maxWidthProperty().bind(lv.widthProperty().subtract(36));
                text.setMinHeight(Region.USE_PREF_SIZE);
            }

            @Override
            protected void updateItem(Warning w, boolean empty) {
                super.updateItem(w, empty);
                setText(null);
                if (empty || w == null) {
                    setGraphic(null);
                    return;
                }
                String where = (w.cohort() == null ? "" : "Cohort " + w.cohort())
                        + (w.schoolYear() == null ? "" : (w.cohort() == null ? "" : ", ") + w.schoolYear().label());
                text.setText((where.isEmpty() ? "" : where + ": ") + w.message());
                setGraphic(text);
            }
        });
        warnings.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> vm.focus(now));
        VBox.setVgrow(warnings, Priority.ALWAYS);
        VBox bottom = new VBox(4, wTitle, warnings);
        bottom.setPadding(new Insets(6, 8, 8, 8));

        SplitPane split = new SplitPane(top, bottom);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.75);
        return split;
    }

    private ScrollPane editor() {
        ScenarioEditorView form = new ScenarioEditorView(vm);
        ScrollPane scroll = new ScrollPane(form);
        scroll.setId("scenarioEditorScroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPrefWidth(410);
        scroll.setMinWidth(330);
        return scroll;
    }

    /** For tests and the bench: what gets the first drag ready. */
    TimelineWarmUp warmUp() {
        return warmUp;
    }

    /** For tests: the timeline's rows as drawn. */
    TimelineChart timeline() {
        return timeline;
    }
}
