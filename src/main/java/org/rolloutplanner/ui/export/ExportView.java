package org.rolloutplanner.ui.export;

import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.rolloutplanner.app.scenario.ScenarioService;
import org.rolloutplanner.app.selection.SelectionService;
import org.rolloutplanner.domain.district.District;
import org.rolloutplanner.io.export.ExportSheet;
import org.rolloutplanner.ui.common.DialogService;
import org.rolloutplanner.ui.common.TaskRunner;

/** The Export area: scenarios, sheets, file, Export with progress and Cancel, then Open file / Open folder. */
public final class ExportView extends VBox {

    private final ExportViewModel vm;

    public ExportView(ExportViewModel vm) {
        super(14);
        this.vm = vm;
        setId("exportView");
        setPadding(new Insets(20));
        getStyleClass().add("export-view");

        Label title = new Label("Export");
        title.getStyleClass().add("title-2");
        Label intro = new Label("Write a scenario's plan as an Excel workbook for the board, the finance office and the "
                + "schools. Tick several scenarios to compare them; the first ticked is the one the other sheets describe.");
        intro.setWrapText(true);

        ListView<ExportViewModel.Choice> scenarios = new ListView<>(vm.choices());
        scenarios.setId("exportScenarios");
        scenarios.setCellFactory(CheckBoxListCell.forListView(ExportViewModel.Choice::selectedProperty));
        scenarios.setPrefHeight(220);
        scenarios.setPrefWidth(340);
        scenarios.setMinWidth(280);
        scenarios.setPlaceholder(new Label("No scenarios in this district yet."));
        VBox scenarioBox = new VBox(6, heading("Scenarios"), scenarios);
        VBox.setVgrow(scenarios, Priority.ALWAYS);

        VBox sheetBox = new VBox(6, heading("Sheets"));
        for (ExportSheet s : ExportSheet.values()) {
            CheckBox box = new CheckBox(s.title());
            box.setId("sheet-" + s.name().toLowerCase(java.util.Locale.ROOT));
            box.selectedProperty().bindBidirectional(vm.sheetProperty(s));
            box.setTooltip(new Tooltip(s.contents()));
            Label what = new Label(s.contents());
            what.getStyleClass().add("text-muted");
            what.setWrapText(true);
            sheetBox.getChildren().add(new VBox(1, box, indent(what)));
        }
        Label selection = new Label("Selection is added when the first ticked scenario came from a selection round "
                + "(Selection › Use as first cohort of a scenario…).");
        selection.getStyleClass().add("text-muted");
        selection.setWrapText(true);
        sheetBox.getChildren().add(selection);

        HBox choose = new HBox(20, scenarioBox, sheetBox);
        scenarioBox.setMinWidth(280);
        HBox.setHgrow(sheetBox, Priority.ALWAYS);

        TextField file = new TextField();
        file.setId("exportTarget");
        file.setEditable(false);
        file.setPromptText("Choose where to save the workbook");
        file.textProperty().bind(vm.targetProperty().map(p -> p.toAbsolutePath().toString()).orElse(""));
        HBox.setHgrow(file, Priority.ALWAYS);
        Button browse = new Button("Choose file…");
        browse.setId("chooseExportTarget");
        browse.setOnAction(e -> vm.chooseTarget());
        browse.disableProperty().bind(vm.runningProperty());
        HBox fileRow = new HBox(8, new Label("Save as"), file, browse);
        fileRow.setAlignment(Pos.CENTER_LEFT);

        Button export = new Button("Export to Excel");
        export.setId("exportButton");
        export.setDefaultButton(true);
        export.getStyleClass().add("accent");
        export.disableProperty().bind(vm.canExportProperty().not());
        export.setOnAction(e -> vm.export());
        Button csv = new Button("Export schools as CSV…");
        csv.setId("exportCsvButton");
        csv.setTooltip(new Tooltip("The schools of the first ticked scenario with their cohorts and dates, for other tools"));
        csv.disableProperty().bind(vm.runningProperty().or(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> vm.choices().stream().noneMatch(c -> c.selectedProperty().get()), vm.choices())));
        csv.setOnAction(e -> vm.exportSchoolsCsv());
        Button cancel = new Button("Cancel");
        cancel.setId("cancelExport");
        cancel.visibleProperty().bind(vm.runningProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> vm.cancel());
        ProgressBar bar = new ProgressBar();
        bar.setId("exportProgress");
        bar.progressProperty().bind(vm.progressProperty());
        bar.visibleProperty().bind(vm.runningProperty());
        bar.setPrefWidth(200);
        HBox actions = new HBox(8, export, csv, bar, cancel);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label status = new Label();
        status.setId("exportStatus");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        Button openFile = new Button("Open file");
        openFile.setId("openExportedFile");
        openFile.setOnAction(e -> vm.openFile());
        Button openFolder = new Button("Open folder");
        openFolder.setId("openExportFolder");
        openFolder.setOnAction(e -> vm.openFolder());
        HBox done = new HBox(8, openFile, openFolder);
        done.visibleProperty().bind(vm.writtenProperty().isNotNull().and(vm.runningProperty().not()));
        done.managedProperty().bind(done.visibleProperty());

        getChildren().addAll(title, intro, choose, fileRow, actions, status, done);
        VBox.setVgrow(choose, Priority.ALWAYS);
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("title-4");
        return l;
    }

    private static HBox indent(Label l) {
        HBox box = new HBox(l);
        box.setPadding(new Insets(0, 0, 0, 26));
        return box;
    }

    public ExportViewModel viewModel() {
        return vm;
    }

    /**
     * The area as the window uses it: follows the current district, works on the window's task runner, reaches the
     * FX thread with {@link Platform#runLater}.
     */
    public static ExportView forWindow(ObservableValue<District> district, Supplier<ScenarioService> scenarios,
            TaskRunner runner, DialogService dialogs, ExportFilePort files) {
        return forWindow(district, scenarios, () -> null, runner, dialogs, files);
    }

    /** The area in the window; {@code selection} gives the Selection sheet of a scenario made from a selection round. */
    public static ExportView forWindow(ObservableValue<District> district, Supplier<ScenarioService> scenarios,
            Supplier<SelectionService> selection, TaskRunner runner, DialogService dialogs, ExportFilePort files) {
        var vm = new ExportViewModel(runner, dialogs, files, Platform::runLater);
        var view = new ExportView(vm);
        Runnable show = () -> vm.show(scenarios.get(), selection.get(), district.getValue());
        district.addListener((o, was, now) -> show.run());
        // scenarios change in another area: read them again whenever the area is shown
        view.sceneProperty().addListener((o, was, now) -> {
            if (now != null) {
                show.run();
            }
        });
        show.run();
        return view;
    }
}
