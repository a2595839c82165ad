package org.rolloutplanner.ui.importing;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.rolloutplanner.domain.common.FileProblem;
import org.rolloutplanner.io.importing.ImportField;

/** The window of the import wizard; all state and work is in {@link ImportWizardViewModel}. */
public final class ImportWizardDialog extends BorderPane {

    private final ImportWizardViewModel vm;
    private final ImportFilePicker picker;
    private final Label title = new Label();

    public ImportWizardDialog(ImportWizardViewModel vm, ImportFilePicker picker) {
        this.vm = vm;
        this.picker = picker;
        setId("importWizard");
        setPadding(new Insets(12));
        title.getStyleClass().add(atlantafx.base.theme.Styles.TITLE_4);
        setTop(title);
        BorderPane.setMargin(title, new Insets(0, 0, 8, 0));
        setBottom(footer());
        vm.stepProperty().addListener((o, a, b) -> showStep());
        // another sheet or header row: the mapping step shows the new columns
        vm.columns().addListener((javafx.collections.ListChangeListener<ImportWizardViewModel.ColumnRow>) c -> {
            if (vm.stepProperty().get() == ImportWizardViewModel.Step.MAPPING) {
                showStep();
            }
        });
        showStep();
    }

    /** Opens the wizard in its own window over {@code owner}, with a file chooser for CSV and Excel files. */
    public static Stage open(Window owner, ImportWizardViewModel vm) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Import schools into " + vm.districtName());
        ImportFilePicker picker = () -> {
            FileChooser fc = new FileChooser();
            fc.setTitle("Choose school files");
            fc.getExtensionFilters().addAll(
                    new FileChooser.ExtensionFilter("School lists (CSV, Excel)", "*.csv", "*.txt", "*.xlsx", "*.xls"),
                    new FileChooser.ExtensionFilter("All files", "*.*"));
            var chosen = fc.showOpenMultipleDialog(stage);
            return chosen == null ? List.<Path>of() : chosen.stream().map(java.io.File::toPath).toList();
        };
        stage.setScene(new Scene(new ImportWizardDialog(vm, picker), 900, 600));
        vm.closedProperty().addListener((o, a, b) -> {
            if (b) {
                stage.close();
            }
        });
        stage.setOnCloseRequest(e -> {
            if (vm.busyProperty().get()) {
                vm.cancel();
                e.consume();
            }
        });
        stage.show();
        return stage;
    }

    private Node footer() {
        ProgressBar bar = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        bar.setId("importProgress");
        bar.setPrefWidth(220);
        bar.progressProperty().bind(vm.progressFractionProperty()); // -1: indeterminate
        bar.visibleProperty().bind(vm.busyProperty());
        bar.managedProperty().bind(vm.busyProperty());
        Label progress = new Label();
        progress.textProperty().bind(vm.progressProperty());
        Label message = new Label();
        message.setId("importMessage");
        message.setWrapText(true);
        message.getStyleClass().add(atlantafx.base.theme.Styles.DANGER);
        message.textProperty().bind(vm.messageProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("importCancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> vm.cancel());
        cancel.textProperty().bind(javafx.beans.binding.Bindings.when(vm.stepProperty()
                .isEqualTo(ImportWizardViewModel.Step.DONE)).then("Close").otherwise("Cancel"));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox row = new HBox(8, bar, progress, spacer, cancel);
        row.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, message, row);
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }

    private void showStep() {
        switch (vm.stepProperty().get()) {
            case FILES -> {
                title.setText("1. Choose the files");
                setCenter(filesStep());
            }
            case MAPPING -> {
                title.setText("2. Match the columns to school fields");
                setCenter(mappingStep());
            }
            case PROBLEMS -> {
                title.setText("3. Problems in the files");
                setCenter(problemsStep());
            }
            case FOUND -> {
                title.setText("3. Schools found in the CCD files");
                setCenter(foundStep());
            }
            case PREVIEW -> {
                title.setText("4. What will change");
                setCenter(previewStep());
            }
            case DONE -> {
                title.setText("Done");
                Label l = new Label();
                l.setId("importSummary");
                l.setWrapText(true);
                l.textProperty().bind(vm.summaryProperty());
                setCenter(l);
            }
        }
    }

    private Node filesStep() {
        Label text = new Label("Import schools from a CSV or Excel file (the district's own list, or a school export "
                + "of Rollout Planner), or from the federal CCD files (directory, membership, lunch program, staff). "
                + "Schools already in the district are updated by their ID; nothing is saved before you confirm.");
        text.setWrapText(true);
        Button choose = new Button("Choose files…");
        choose.setId("importChooseFiles");
        choose.setDefaultButton(true);
        choose.disableProperty().bind(vm.busyProperty());
        choose.setOnAction(e -> vm.chooseFiles(picker));
        return new VBox(12, text, choose);
    }

    private Node mappingStep() {
        VBox box = new VBox(8);
        Label files = new Label("Files: " + String.join(", ", vm.files().stream().map(p -> p.getFileName().toString())
                .toList()));
        box.getChildren().add(files);
        if (!vm.sheets().isEmpty()) {
            ComboBox<String> sheets = new ComboBox<>(vm.sheets());
            sheets.setId("importSheet");
            sheets.setValue(vm.sheetProperty().get());
            sheets.setOnAction(e -> {
                if (sheets.getValue() != null && !sheets.getValue().equals(vm.sheetProperty().get())) {
                    vm.chooseSheet(sheets.getValue());
                }
            });
            javafx.util.Callback<ListView<String>, javafx.scene.control.ListCell<String>> cells = l -> new javafx.scene.control.ListCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty || item == null ? null
                            : vm.hiddenSheets().contains(item) ? item + " (hidden in Excel)" : item);
                }
            };
            sheets.setCellFactory(cells);
            sheets.setButtonCell(cells.call(null));
            HBox sheetRow = new HBox(8, new Label("Sheet:"), sheets);
            sheetRow.setAlignment(Pos.CENTER_LEFT);
            box.getChildren().add(sheetRow);
        }
        if (!vm.ccdProperty().get()) {
            TextField headerRow = new TextField(Integer.toString(vm.headerRowProperty().get()));
            headerRow.setId("importHeaderRow");
            headerRow.setPrefColumnCount(4);
            Button apply = new Button("Use this row");
            apply.setId("importHeaderRowApply");
            apply.disableProperty().bind(vm.busyProperty());
            Runnable useRow = () -> {
                try {
                    vm.chooseHeaderRow(Integer.parseInt(headerRow.getText().strip()));
                } catch (NumberFormatException ex) {
                    vm.messageProperty().set("The header row is a row number: 1 or more.");
                }
            };
            apply.setOnAction(e -> useRow.run());
            headerRow.setOnAction(e -> useRow.run());
            Label where = new Label("Column names are taken from row " + vm.headerRowProperty().get()
                    + (vm.sheetProperty().get() == null || vm.sheetProperty().get().isEmpty() ? "" : " of the sheet")
                    + ". If that is not the header, enter the right row:");
            where.setId("importHeaderRowText");
            HBox headerLine = new HBox(8, where, headerRow, apply);
            headerLine.setAlignment(Pos.CENTER_LEFT);
            box.getChildren().add(headerLine);
        }
        if (vm.ccdProperty().get()) {
            Label ccd = new Label("These are federal CCD files: their columns are matched automatically. The files "
                    + "were recognised as:");
            ccd.setWrapText(true);
            ListView<String> kinds = new ListView<>(vm.ccdFiles());
            kinds.setId("importCcdFiles");
            kinds.setPrefHeight(Math.min(6, Math.max(1, vm.ccdFiles().size())) * 26 + 4);
            Label which = new Label("Which districts? Enter district ids (LEAID, 7 digits) or district names as the "
                    + "files spell them, separated by commas. Leave it empty to take the district named \""
                    + vm.districtName() + "\" (or the only district in the files).");
            which.setWrapText(true);
            TextField ids = new TextField();
            ids.setId("importLeaIds");
            ids.setPromptText("e.g. 0100005, Riverside Unified School District");
            ids.textProperty().bindBidirectional(vm.leaIdsProperty());
            box.getChildren().addAll(ccd, kinds, which, ids);
        } else {
            GridPane grid = new GridPane();
            grid.setHgap(12);
            grid.setVgap(6);
            grid.addRow(0, bold("Column in the file"), bold("School field"), bold("First values"));
            int r = 1;
            for (ImportWizardViewModel.ColumnRow c : vm.columns()) {
                ComboBox<ImportField> field = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(
                        ImportField.values()));
                field.setId("importField" + c.index());
                field.valueProperty().bindBidirectional(c.fieldProperty());
                TextField attr = new TextField();
                attr.textProperty().bindBidirectional(c.attributeNameProperty());
                attr.visibleProperty().bind(c.fieldProperty().isEqualTo(ImportField.ATTRIBUTE));
                attr.setPrefColumnCount(12);
                Label samples = new Label(c.samples());
                samples.setMaxWidth(420);
                grid.addRow(r++, new Label(c.header()), new HBox(6, field, attr), samples);
            }
            ScrollPane scroll = new ScrollPane(grid);
            scroll.setFitToWidth(true);
            VBox.setVgrow(scroll, Priority.ALWAYS);
            box.getChildren().add(scroll);
        }
        Button next = new Button("Next");
        next.setId("importNext");
        next.setDefaultButton(true);
        next.disableProperty().bind(vm.busyProperty());
        next.setOnAction(e -> vm.readFiles());
        box.getChildren().add(next);
        return box;
    }

    private static Label bold(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(atlantafx.base.theme.Styles.TEXT_BOLD);
        return l;
    }

    private Node problemsStep() {
        TableView<FileProblem> table = new TableView<>(vm.problems());
        table.setId("importProblems");
        table.getColumns().add(column("File", FileProblem::file, 140));
        table.getColumns().add(column("Sheet", FileProblem::sheet, 80));
        table.getColumns().add(column("Row", p -> p.row() > 0 ? Integer.toString(p.row()) : "", 50));
        table.getColumns().add(column("Column", FileProblem::column, 110));
        table.getColumns().add(column("Problem", FileProblem::message, 460));
        VBox.setVgrow(table, Priority.ALWAYS);
        Label text = new Label(vm.canSkipProperty().get()
                ? "These rows have problems. Leave them out and import the rest, change the column matching, or cancel."
                : "These problems concern whole files: change the column matching or the files, or cancel.");
        text.setWrapText(true);
        Button skip = new Button("Skip bad rows");
        skip.setId("importSkip");
        skip.disableProperty().bind(vm.canSkipProperty().not().or(vm.busyProperty()));
        skip.setOnAction(e -> vm.skipBadRows());
        Button fix = new Button("Fix mapping");
        fix.setId("importFixMapping");
        fix.setOnAction(e -> vm.fixMapping());
        return new VBox(8, text, table, new HBox(8, skip, fix));
    }

    private Node foundStep() {
        Label summary = new Label();
        summary.setId("importFoundSummary");
        summary.setWrapText(true);
        summary.textProperty().bind(vm.summaryProperty());
        ListView<String> list = new ListView<>(vm.found());
        list.setId("importFound");
        VBox.setVgrow(list, Priority.ALWAYS);
        Button next = new Button("Next");
        next.setId("importFoundNext");
        next.setDefaultButton(true);
        next.disableProperty().bind(vm.busyProperty());
        next.setOnAction(e -> vm.showChanges());
        Button back = new Button("Other districts");
        back.setId("importFoundBack");
        back.setOnAction(e -> vm.fixMapping());
        return new VBox(8, summary, list, new HBox(8, next, back));
    }

    private Node previewStep() {
        Label summary = new Label();
        summary.setId("importPreviewSummary");
        summary.setWrapText(true);
        summary.textProperty().bind(vm.summaryProperty());
        ListView<String> list = new ListView<>(vm.changes());
        list.setId("importChanges");
        VBox.setVgrow(list, Priority.ALWAYS);
        Button confirm = new Button("Confirm and import");
        confirm.setId("importConfirm");
        confirm.setDefaultButton(true);
        confirm.disableProperty().bind(vm.busyProperty());
        confirm.setOnAction(e -> vm.confirm());
        return new VBox(8, summary, list, confirm);
    }

    private static TableColumn<FileProblem, String> column(String name, java.util.function.Function<FileProblem, String> f,
            double width) {
        TableColumn<FileProblem, String> c = new TableColumn<>(name);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(f.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
