package org.rolloutplanner.ui.selection;

import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.rolloutplanner.app.scenario.ScenarioService;
import org.rolloutplanner.app.selection.SelectionService;
import org.rolloutplanner.domain.district.District;
import org.rolloutplanner.domain.school.School;
import org.rolloutplanner.domain.selection.AggregationMethod;
import org.rolloutplanner.domain.selection.ApplicantStatus;
import org.rolloutplanner.domain.selection.Conflict;
import org.rolloutplanner.domain.selection.Criterion;
import org.rolloutplanner.domain.selection.CriterionKind;
import org.rolloutplanner.domain.selection.Gate;
import org.rolloutplanner.domain.selection.Numbers;
import org.rolloutplanner.domain.selection.Reviewer;
import org.rolloutplanner.domain.selection.RoundApplicant;
import org.rolloutplanner.domain.selection.RoundContents;
import org.rolloutplanner.domain.selection.SelectionRound;
import org.rolloutplanner.domain.selection.TieBreak;
import org.rolloutplanner.ui.common.DialogService;
import org.rolloutplanner.ui.common.TaskRunner;

/**
 * The Selection area: rounds on the left; the open round in tabs (applicants, criteria, reviewers and conflicts,
 * scores, results, cohort).
 */
public final class SelectionView extends BorderPane {

    private final SelectionViewModel vm;
    private final DialogService dialogs;
    private final ListView<SelectionRound> roundList = new ListView<>();
    private final TableView<RoundApplicant> applicants = new TableView<>();
    private final TableView<Criterion> criteria = new TableView<>();
    private final TableView<Reviewer> reviewers = new TableView<>();
    private final ListView<Conflict> conflicts = new ListView<>();
    private final TableView<SelectionViewModel.GridRow> grid = new TableView<>();
    private final ComboBox<String> gridReviewer = new ComboBox<>();
    private final TableView<SelectionViewModel.ResultRow> results = new TableView<>();
    private final TableView<SelectionViewModel.CohortRow> cohort = new TableView<>();
    /** A key typed on a cell that is not being edited: it starts the edit and becomes the cell's first character. */
    private String pendingText;

    public SelectionView(SelectionViewModel vm, DialogService dialogs) {
        this.vm = vm;
        this.dialogs = dialogs;
        getStyleClass().add("selection-view");
        setId("selectionView");
        setLeft(roundPane());
        TabPane tabs = new TabPane(new Tab("Applicants", applicantsPane()), new Tab("Criteria", criteriaPane()),
                new Tab("Reviewers & conflicts", reviewersPane()), new Tab("Scores", scoresPane()),
                new Tab("Results", resultsPane()), new Tab("Cohort builder", cohortPane()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // the results are worked out when the committee looks at them, with the scores as they are now
        tabs.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && "Results".equals(now.getText())) {
                vm.computeResults();
            }
        });
        tabs.setId("selectionTabs");
        Label empty = new Label("Create a selection round (for example \"Pilot cohort 2015\") to enter applicants, criteria, "
                + "reviewers and scores.");
        empty.setWrapText(true);
        empty.setPadding(new Insets(24));
        setCenter(empty);
        vm.roundProperty().addListener((o, was, now) -> {
            setCenter(now == null ? empty : tabs);
            refresh(now);
        });
    }

    /** The view for the window: follows the current district and the read-only state. */
    public static SelectionView forWindow(ObservableValue<District> district, ObservableValue<Boolean> readOnly,
            Supplier<SelectionService> selection, Supplier<ScenarioService> scenarios, TaskRunner runner, DialogService dialogs) {
        var vm = new SelectionViewModel(runner, dialogs);
        var view = new SelectionView(vm, dialogs);
        Runnable show = () -> vm.show(selection.get(), scenarios.get(), district.getValue(), Boolean.TRUE.equals(readOnly.getValue()));
        district.addListener((o, was, now) -> show.run());
        readOnly.addListener((o, was, now) -> show.run());
        show.run();
        return view;
    }

    public SelectionViewModel viewModel() {
        return vm;
    }

    private void refresh(RoundContents c) {
        applicants.getItems().setAll(c == null ? List.of() : c.applicants());
        criteria.getItems().setAll(c == null ? List.of() : c.criteria());
        reviewers.getItems().setAll(c == null ? List.of() : c.reviewers());
        conflicts.getItems().setAll(c == null ? List.of() : c.conflicts());
        String current = vm.gridReviewerProperty().get();
        gridReviewer.getItems().setAll(c == null ? List.of() : c.reviewers().stream().map(Reviewer::id).toList());
        gridReviewer.setValue(current);
        rebuildGridColumns(c);
        criteria.refresh();
    }

    private VBox roundPane() {
        Label title = new Label("Selection rounds");
        title.getStyleClass().add("title-4");
        roundList.setId("roundList");
        roundList.setItems(vm.rounds());
        roundList.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(SelectionRound r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : r.name() + " · " + r.seats() + " seats"
                        + (r.stage() > 1 ? " · stage " + r.stage() : ""));
            }
        });
        roundList.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && (vm.roundProperty().get() == null || vm.roundProperty().get().round().key() != now.key())) {
                vm.open(now);
            }
        });
        Button add = new Button("New round…");
        add.setId("newRound");
        add.setOnAction(e -> dialogs.askText("New selection round", "Name of the round", "Pilot cohort")
                .ifPresent(name -> vm.createRound(name, 6)));
        Button delete = new Button("Delete");
        delete.setOnAction(e -> vm.deleteRound());
        Button stage = new Button("Next stage…");
        stage.setTooltip(new Tooltip("A second stage fed by this round (11 design teams → 7 awards): the eligible "
                + "applicants, criteria, reviewers and conflicts carry over; the first stage keeps its scores."));
        stage.setOnAction(e -> {
            RoundContents c = vm.roundProperty().get();
            if (c != null) {
                dialogs.askText("Next stage", "Name of the next stage", c.round().name() + " – stage " + (c.round().stage() + 1))
                        .ifPresent(name -> vm.nextStage(name, c.round().seats()));
            }
        });
        add.disableProperty().bind(vm.readOnlyProperty());
        delete.disableProperty().bind(vm.readOnlyProperty());
        stage.disableProperty().bind(vm.readOnlyProperty());
        javafx.scene.control.DatePicker deadline = new javafx.scene.control.DatePicker();
        deadline.setId("roundDeadline");
        deadline.setPromptText("No deadline");
        deadline.setTooltip(new Tooltip("The date reviewers' scores are due"));
        deadline.disableProperty().bind(vm.readOnlyProperty().or(vm.roundProperty().isNull()));
        vm.roundProperty().addListener((o, was, now) -> deadline.setValue(now == null ? null : now.round().deadline()));
        deadline.valueProperty().addListener((o, was, now) -> {
            RoundContents c = vm.roundProperty().get();
            if (c != null && !java.util.Objects.equals(c.round().deadline(), now)) {
                vm.setDeadline(now);
            }
        });
        Label deadlineLabel = new Label("Scores due");
        deadlineLabel.setLabelFor(deadline);
        javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(6, 6, add, stage, delete);
        for (Button b : List.of(add, stage, delete)) {
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        VBox box = new VBox(8, title, roundList, buttons, deadlineLabel, deadline);
        VBox.setVgrow(roundList, Priority.ALWAYS);
        box.setPadding(new Insets(8));
        box.setPrefWidth(260);
        box.setMinWidth(220);
        return box;
    }

    private static <S> TableColumn<S, String> column(String title, java.util.function.Function<S, String> value, double width) {
        TableColumn<S, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private VBox applicantsPane() {
        applicants.setId("applicantsTable");
        applicants.getColumns().setAll(List.of(column("School", (RoundApplicant a) -> vm.schoolName(a.schoolId()), 240),
                column("ID", RoundApplicant::schoolId, 110), column("Status", (RoundApplicant a) -> a.status().label(), 100),
                column("Reason", RoundApplicant::reason, 300)));
        applicants.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        ComboBox<School> school = new ComboBox<>(vm.roster());
        school.setPromptText("School of the roster");
        school.setCellFactory(lv -> schoolCell());
        school.setButtonCell(schoolCell());
        Button add = new Button("Add applicant");
        add.setOnAction(e -> {
            if (school.getValue() != null) {
                vm.addApplicants(List.of(school.getValue().id()));
            }
        });
        Button addAll = new Button("Add every school");
        addAll.setOnAction(e -> vm.addApplicants(vm.roster().stream().map(School::id).toList()));
        Button remove = new Button("Remove");
        remove.setOnAction(e -> selected(applicants).ifPresent(a -> vm.removeApplicant(a.schoolId())));
        ComboBox<ApplicantStatus> status = new ComboBox<>(FXCollections.observableArrayList(ApplicantStatus.values()));
        status.setPromptText("Status");
        status.setCellFactory(lv -> statusCell());
        status.setButtonCell(statusCell());
        TextField reason = new TextField();
        reason.setPromptText("Reason (needed when not eligible)");
        Button set = new Button("Set status");
        set.setOnAction(e -> selected(applicants).ifPresent(a -> {
            if (status.getValue() != null) {
                vm.setStatus(a.schoolId(), status.getValue(), reason.getText());
            }
        }));
        return pane(applicants, new HBox(6, school, add, addAll, remove), new HBox(6, status, reason, set));
    }

    private static ListCell<School> schoolCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(School s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : s.name() + " (" + s.id() + ", " + s.level().label() + ")");
            }
        };
    }

    private static ListCell<ApplicantStatus> statusCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(ApplicantStatus s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : s.label());
            }
        };
    }

    private VBox criteriaPane() {
        criteria.setId("criteriaTable");
        criteria.setEditable(true);
        TableColumn<Criterion, String> weight = column("Weight", (Criterion c) -> c.essential() ? "" : Numbers.plain(c.weight()), 80);
        weight.setCellFactory(TextFieldTableCell.forTableColumn());
        weight.setEditable(true);
        weight.setOnEditCommit(e -> {
            try {
                vm.setWeight(e.getRowValue().id(), Double.parseDouble(e.getNewValue().strip()));
            } catch (NumberFormatException ex) {
                dialogs.showError("Weight", "\"" + e.getNewValue() + "\" is not a number.");
                criteria.refresh();
            }
        });
        TableColumn<Criterion, String> criterionName = column("Criterion", Criterion::name, 240);
        criterionName.setCellFactory(TextFieldTableCell.forTableColumn());
        criterionName.setEditable(true);
        criterionName.setOnEditCommit(e -> vm.editCriterion(e.getRowValue().id(), e.getNewValue(), e.getRowValue().min(),
                e.getRowValue().max()));
        TableColumn<Criterion, String> scaleColumn = column("Scale", (Criterion c) -> c.essential()
                ? (c.gate() == null ? "1 pass / 0 fail" : c.gate().describe()) : c.min() + "–" + c.max(), 120);
        scaleColumn.setCellFactory(TextFieldTableCell.forTableColumn());
        scaleColumn.setEditable(true);
        scaleColumn.setOnEditCommit(e -> {
            Criterion c = e.getRowValue();
            String[] p = e.getNewValue().split("[-–]");
            try {
                vm.editCriterion(c.id(), c.name(), Integer.parseInt(p[0].strip()), Integer.parseInt(p[1].strip()));
            } catch (RuntimeException ex) {
                dialogs.showError("Scale", "\"" + e.getNewValue() + "\" is not a scale; write it like 1-4.");
                criteria.refresh();
            }
        });
        criteria.getColumns().setAll(List.of(criterionName,
                column("Kind", (Criterion c) -> c.essential() ? (c.gate() == null ? "essential (reviewers answer pass/fail)"
                        : "essential (from school data)") : "preferred", 220),
                weight,
                column("Share", (Criterion c) -> c.essential() ? "" : Numbers.plain(vm.shares().getOrDefault(c.id(), 0.0)) + "%", 70),
                scaleColumn,
                column("Levels", (Criterion c) -> String.join(" | ", c.levels()), 260)));
        TextField name = new TextField();
        name.setPromptText("Name, such as Strong school leadership");
        ComboBox<String> kind = new ComboBox<>(FXCollections.observableArrayList("preferred", "essential", "from school data"));
        kind.setValue("preferred");
        TextField w = new TextField("1");
        w.setPromptText("Weight");
        w.setPrefColumnCount(4);
        TextField scale = new TextField("1-4");
        scale.setPrefColumnCount(4);
        scale.setTooltip(new Tooltip("Rubric scale, such as 1-4"));
        TextField rule = new TextField();
        rule.setPromptText("Rule, such as enrollment>=500");
        TextField levels = new TextField();
        levels.setPromptText("Level descriptions, lowest first: Weak | Emerging | Strong | Exemplary");
        Button add = new Button("Add criterion");
        add.setOnAction(e -> {
            RoundContents c = vm.roundProperty().get();
            if (c == null || name.getText().isBlank()) {
                return;
            }
            String code = vm.nextCode("C", c.criteria().stream().map(Criterion::id).toList());
            List<String> lv = levels.getText().isBlank() ? List.of()
                    : java.util.Arrays.stream(levels.getText().split("\\|")).map(String::strip).toList();
            try {
                Criterion criterion = switch (kind.getValue()) {
                    case "essential" -> new Criterion(code, name.getText().strip(), CriterionKind.ESSENTIAL, 0, 0, 1, lv, null);
                    case "from school data" -> Criterion.computed(code, name.getText().strip(), Gate.parse(rule.getText())
                            .orElseThrow(() -> new IllegalArgumentException("Write the rule like enrollment>=500 or frl_percent>=40.")));
                    default -> {
                        String[] p = scale.getText().split("[-–]");
                        yield new Criterion(code, name.getText().strip(), CriterionKind.PREFERRED, Double.parseDouble(w.getText()),
                                Integer.parseInt(p[0].strip()), Integer.parseInt(p[1].strip()), lv, null);
                    }
                };
                vm.addCriterion(criterion);
                name.clear();
            } catch (RuntimeException ex) {
                dialogs.showError("Criterion", ex instanceof IllegalArgumentException && ex.getMessage() != null
                        && !(ex instanceof NumberFormatException) ? ex.getMessage()
                        : "Give a weight (a number) and a scale such as 1-4.");
            }
        });
        Button remove = new Button("Remove");
        remove.setOnAction(e -> selected(criteria).ifPresent(c -> vm.removeCriterion(c.id())));
        return pane(criteria, new HBox(6, name, kind, new Label("weight"), w, new Label("scale"), scale, rule),
                new HBox(6, levels, add, remove));
    }

    private VBox reviewersPane() {
        reviewers.setId("reviewersTable");
        reviewers.getColumns().setAll(List.of(column("Reviewer", Reviewer::name, 200), column("Role", Reviewer::role, 200)));
        TextField name = new TextField();
        name.setPromptText("Name");
        TextField role = new TextField();
        role.setPromptText("Role, such as external partner");
        Button add = new Button("Add reviewer");
        add.setOnAction(e -> {
            vm.addReviewer(name.getText(), role.getText());
            name.clear();
            role.clear();
        });
        Button remove = new Button("Remove");
        remove.setOnAction(e -> selected(reviewers).ifPresent(r -> vm.removeReviewer(r.id())));
        conflicts.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(Conflict c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : vm.reviewerName(c.reviewer()) + " has a conflict of interest with "
                        + vm.schoolName(c.applicant()) + ": cannot score it and is left out of its aggregate.");
            }
        });
        conflicts.setPrefHeight(160);
        ComboBox<Reviewer> who = new ComboBox<>(reviewers.getItems());
        who.setPromptText("Reviewer");
        who.setCellFactory(lv -> reviewerNameCell());
        who.setButtonCell(reviewerNameCell());
        ComboBox<RoundApplicant> school = new ComboBox<>(applicants.getItems());
        school.setPromptText("School");
        school.setCellFactory(lv -> applicantCell());
        school.setButtonCell(applicantCell());
        Button declare = new Button("Declare conflict");
        declare.setOnAction(e -> {
            if (who.getValue() != null && school.getValue() != null) {
                vm.setConflict(who.getValue().id(), school.getValue().schoolId(), true);
            }
        });
        Button withdraw = new Button("Withdraw conflict");
        withdraw.setOnAction(e -> {
            Conflict c = conflicts.getSelectionModel().getSelectedItem();
            if (c != null) {
                vm.setConflict(c.reviewer(), c.applicant(), false);
            }
        });
        VBox box = pane(reviewers, new HBox(6, name, role, add, remove));
        box.getChildren().addAll(new Label("Conflicts of interest"), conflicts, new HBox(6, who, school, declare, withdraw));
        return box;
    }

    private static ListCell<Reviewer> reviewerNameCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Reviewer r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : r.name());
            }
        };
    }

    private ListCell<RoundApplicant> applicantCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(RoundApplicant a, boolean empty) {
                super.updateItem(a, empty);
                setText(empty || a == null ? null : vm.schoolName(a.schoolId()));
            }
        };
    }

    private VBox scoresPane() {
        grid.setId("scoreGrid");
        grid.setEditable(true);
        grid.setItems(vm.grid());
        grid.getSelectionModel().setCellSelectionEnabled(true);
        // fast entry: typing a score on a selected cell starts editing it; Enter saves and moves down
        grid.addEventFilter(javafx.scene.input.KeyEvent.KEY_TYPED, e -> {
            var pos = grid.getFocusModel().getFocusedCell();
            String ch = e.getCharacter();
            if (grid.getEditingCell() == null && pos != null && pos.getTableColumn() != null && pos.getColumn() > 0
                    && ch.length() == 1 && Character.isLetterOrDigit(ch.charAt(0))) {
                pendingText = ch;
                grid.edit(pos.getRow(), pos.getTableColumn());
                e.consume();
            }
        });
        gridReviewer.setPromptText("Reviewer");
        gridReviewer.setCellFactory(lv -> reviewerCell());
        gridReviewer.setButtonCell(reviewerCell());
        gridReviewer.valueProperty().addListener((o, was, now) -> {
            if (now != null && !now.equals(vm.gridReviewerProperty().get())) {
                vm.gridReviewerProperty().set(now);
            }
        });
        // the grid shows one reviewer's scores: the choice says whose, also when the round chose the first reviewer
        vm.gridReviewerProperty().addListener((o, was, now) -> {
            if (now != null && !now.equals(gridReviewer.getValue())) {
                gridReviewer.setValue(now);
            }
        });
        if (vm.gridReviewerProperty().get() != null) {
            gridReviewer.setValue(vm.gridReviewerProperty().get());
        }
        Label progress = new Label();
        progress.textProperty().bind(vm.gridProgressProperty());
        Label all = new Label();
        all.textProperty().bind(vm.progressProperty());
        all.setWrapText(true);
        Label help = new Label("Type a score and press Enter (the cell below is next); an empty cell is a missing score (—). "
                + "Ctrl+Enter (or Alt+C) moves to the comment of the selected score; ✎ marks a score with a comment. "
                + "Essential criteria: 1 or y = pass, 0 or n = fail. Cells of a school the reviewer has a conflict with are locked.");
        help.setWrapText(true);
        javafx.scene.control.CheckBox blind = new javafx.scene.control.CheckBox("Blind: hide school names in the grid and the workbooks");
        blind.setId("blindRound");
        blind.disableProperty().bind(vm.readOnlyProperty());
        blind.selectedProperty().bindBidirectional(vm.blindProperty());
        Button export = new Button("Export reviewer workbooks…");
        export.setOnAction(e -> {
            var chooser = new javafx.stage.DirectoryChooser();
            chooser.setTitle("Folder for the reviewers' scoring workbooks");
            var folder = chooser.showDialog(getScene() == null ? null : getScene().getWindow());
            if (folder != null) {
                vm.exportWorkbooks(folder.toPath());
            }
        });
        Button importButton = new Button("Import a filled workbook…");
        importButton.disableProperty().bind(vm.readOnlyProperty());
        importButton.setOnAction(e -> {
            var chooser = new javafx.stage.FileChooser();
            chooser.setTitle("Filled scoring workbook");
            chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("Excel workbook", "*.xlsx"));
            var file = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
            if (file != null) {
                vm.importWorkbook(file.toPath());
            }
        });
        TextField comment = new TextField();
        comment.setId("scoreComment");
        comment.setPromptText("Select a score, then type the reviewer's comment and press Enter");
        HBox.setHgrow(comment, Priority.ALWAYS);
        Label commentLabel = new Label("_Comment on the selected score");
        commentLabel.setMnemonicParsing(true);
        commentLabel.setLabelFor(comment);
        Runnable showComment = () -> {
            var pos = grid.getFocusModel().getFocusedCell();
            int column = pos == null ? -1 : grid.getColumns().indexOf(pos.getTableColumn());
            boolean onScore = pos != null && pos.getRow() >= 0 && pos.getRow() < grid.getItems().size() && column > 0;
            var row = onScore ? grid.getItems().get(pos.getRow()) : null;
            String criterionId = onScore && column - 1 < gridColumnCriteria.size() ? gridColumnCriteria.get(column - 1) : null;
            comment.setUserData(row == null || criterionId == null ? null : new String[] {row.schoolId(), criterionId});
            comment.setText(row == null || criterionId == null ? "" : row.comment(criterionId));
            comment.setDisable(row == null || criterionId == null || row.conflicted() || vm.readOnlyProperty().get());
        };
        grid.getFocusModel().focusedCellProperty().addListener((o, was, now) -> showComment.run());
        vm.grid().addListener((javafx.collections.ListChangeListener<SelectionViewModel.GridRow>) ch -> showComment.run());
        comment.setOnAction(e -> {
            if (comment.getUserData() instanceof String[] at) {
                vm.enterComment(at[0], at[1], comment.getText());
                grid.requestFocus();
            }
        });
        comment.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                showComment.run();
                grid.requestFocus();
                e.consume();
            }
        });
        grid.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            // Ctrl+Enter on a score moves to its comment
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && e.isShortcutDown() && grid.getEditingCell() == null
                    && !comment.isDisabled()) {
                comment.requestFocus();
                e.consume();
            }
        });
        showComment.run();
        return pane(grid, new HBox(8, new Label("Scores of"), gridReviewer, progress), new HBox(8, commentLabel, comment), all,
                help, new HBox(8, export, blind, importButton));
    }

    private ListCell<String> reviewerCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(String id, boolean empty) {
                super.updateItem(id, empty);
                setText(empty || id == null ? null : vm.reviewerName(id));
            }
        };
    }

    private List<Criterion> gridCriteria = List.of();
    /** The criterion id of each score column of the grid (column 0 is the school). */
    private final List<String> gridColumnCriteria = new java.util.ArrayList<>();

    private void rebuildGridColumns(RoundContents c) {
        List<Criterion> now = c == null ? List.of() : c.criteria();
        if (now.equals(gridCriteria) && !grid.getColumns().isEmpty()) {
            return; // same columns: keep the grid's place
        }
        gridCriteria = now;
        grid.getColumns().clear();
        gridColumnCriteria.clear();
        if (c == null) {
            return;
        }
        TableColumn<SelectionViewModel.GridRow, String> school = column("School", SelectionViewModel.GridRow::school, 220);
        school.setEditable(false);
        grid.getColumns().add(school);
        for (Criterion k : c.criteria()) {
            if (!k.answeredByReviewers()) {
                continue;
            }
            TableColumn<SelectionViewModel.GridRow, String> col = new TableColumn<>(k.name() + (k.essential() ? " (pass/fail)"
                    : " (" + k.min() + "–" + k.max() + ")"));
            col.setPrefWidth(150);
            col.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue().scores().getOrDefault(k.id(), "")));
            col.setCellFactory(tc -> new ScoreCell());
            col.setOnEditCommit(e -> {
                int row = e.getTablePosition().getRow();
                int column = grid.getColumns().indexOf(col);
                vm.enterScore(e.getRowValue().schoolId(), k.id(), e.getNewValue());
                var target = grid.getColumns().get(Math.min(column, grid.getColumns().size() - 1));
                int next = Math.min(row + 1, grid.getItems().size() - 1);
                grid.getSelectionModel().clearAndSelect(next, target);
                grid.getFocusModel().focus(next, target);
            });
            grid.getColumns().add(col);
            gridColumnCriteria.add(k.id());
        }
    }

    /** A grid cell: missing scores marked, conflicted cells locked with a note. */
    private final class ScoreCell extends TextFieldTableCell<SelectionViewModel.GridRow, String> {
        ScoreCell() {
            super(new javafx.util.converter.DefaultStringConverter());
        }

        @Override
        public void startEdit() {
            var row = getTableRow() == null ? null : getTableRow().getItem();
            if (row == null || row.conflicted() || vm.readOnlyProperty().get()) {
                return;
            }
            super.startEdit();
            if (pendingText != null && getGraphic() instanceof TextField field) {
                field.setText(pendingText);
                field.positionCaret(pendingText.length());
            }
            pendingText = null;
        }

        @Override
        public void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("score-missing", "score-conflict");
            setTooltip(null);
            var row = getTableRow() == null ? null : getTableRow().getItem();
            if (empty || row == null) {
                setText(null);
            } else if (row.conflicted()) {
                setText("conflict");
                getStyleClass().add("score-conflict");
                setTooltip(new Tooltip("This reviewer declared a conflict of interest with this school: the cell is locked "
                        + "and the reviewer is left out of the school's aggregate."));
            } else if (item == null || item.isEmpty()) {
                setText("—");
                getStyleClass().add("score-missing");
            } else if (!isEditing()) {
                int column = getTableView().getColumns().indexOf(getTableColumn());
                String note = column > 0 && column - 1 < gridColumnCriteria.size() ? row.comment(gridColumnCriteria.get(column - 1)) : "";
                if (!note.isEmpty()) {
                    setText(item + "  ✎");
                    setTooltip(new Tooltip(note));
                }
            }
        }
    }

    private VBox resultsPane() {
        results.setId("resultsTable");
        results.setItems(vm.results());
        results.setPlaceholder(new Label("Choose a round: its applicants are ranked here from the reviewers' scores."));
        results.getColumns().setAll(List.of(column("Rank", SelectionViewModel.ResultRow::rank, 64),
                column("School", SelectionViewModel.ResultRow::school, 220), column("Score", SelectionViewModel.ResultRow::score, 70),
                column("Eligible", SelectionViewModel.ResultRow::eligible, 260),
                column("Tie-break used", SelectionViewModel.ResultRow::tieBreak, 150),
                column("Rank band (weights ±20%)", SelectionViewModel.ResultRow::band, 260),
                column("Reviewers left out", SelectionViewModel.ResultRow::recused, 200)));
        TableColumn<SelectionViewModel.ResultRow, String> earlier = column("Earlier stage score (read-only)",
                SelectionViewModel.ResultRow::earlierStageScore, 170);
        earlier.visibleProperty().bind(vm.laterStageProperty());
        results.getColumns().add(3, earlier);
        ComboBox<List<TieBreak>> ties = new ComboBox<>(FXCollections.observableArrayList(TIE_BREAK_ORDERS));
        ties.setId("tieBreakOrder");
        ties.setCellFactory(lv -> tieBreakCell());
        ties.setButtonCell(tieBreakCell());
        ties.disableProperty().bind(vm.readOnlyProperty());
        vm.roundProperty().addListener((o, was, now) -> ties.setValue(now == null ? null : now.round().tieBreaks()));
        ties.valueProperty().addListener((o, was, now) -> {
            RoundContents c = vm.roundProperty().get();
            if (now != null && c != null && !c.round().tieBreaks().equals(now)) {
                vm.setTieBreaks(now);
            }
        });
        TextField seed = new TextField();
        seed.setId("lotterySeed");
        seed.setPrefColumnCount(8);
        seed.setTooltip(new Tooltip("The recorded seed of the lottery that breaks the last ties; press Enter to change it"));
        seed.disableProperty().bind(vm.readOnlyProperty());
        vm.roundProperty().addListener((o, was, now) -> seed.setText(now == null ? "" : String.valueOf(now.round().seed())));
        seed.setOnAction(e -> {
            RoundContents c = vm.roundProperty().get();
            if (!vm.setSeed(seed.getText()) && c != null) {
                seed.setText(String.valueOf(c.round().seed()));
            }
        });
        ComboBox<AggregationMethod> method = new ComboBox<>(FXCollections.observableArrayList(AggregationMethod.values()));
        method.setCellFactory(lv -> methodCell());
        method.setButtonCell(methodCell());
        vm.roundProperty().addListener((o, was, now) -> method.setValue(now == null ? null : now.round().method()));
        method.valueProperty().addListener((o, was, now) -> {
            RoundContents c = vm.roundProperty().get();
            if (now != null && c != null && c.round().method() != now) {
                vm.setMethod(now);
            }
        });
        Button compute = new Button("Compute results");
        compute.setId("computeResults");
        compute.setOnAction(e -> vm.computeResults());
        Label agreement = new Label();
        agreement.setWrapText(true);
        agreement.textProperty().bind(vm.agreementProperty());
        method.setPrefWidth(220);
        ties.setPrefWidth(320);
        javafx.scene.layout.FlowPane controls = new javafx.scene.layout.FlowPane(8, 6);
        for (javafx.scene.Node n : List.of(new Label("Method"), method, new Label("Ties broken by"), ties,
                new Label("Lottery seed"), seed, compute)) {
            if (n instanceof javafx.scene.layout.Region r) {
                r.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
            controls.getChildren().add(n);
        }
        controls.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        compute.setText("Recompute");
        return pane(results, controls, agreement);
    }

    /** The tie-break orders a committee can declare (the lottery always last). */
    static final List<List<TieBreak>> TIE_BREAK_ORDERS = List.of(TieBreak.DEFAULT,
            List.of(TieBreak.LARGER_ENROLLMENT, TieBreak.HIGHER_LOW_INCOME, TieBreak.LOTTERY),
            List.of(TieBreak.HIGHER_LOW_INCOME, TieBreak.LOTTERY), List.of(TieBreak.LARGER_ENROLLMENT, TieBreak.LOTTERY),
            List.of(TieBreak.LOTTERY));

    private static ListCell<List<TieBreak>> tieBreakCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(List<TieBreak> order, boolean empty) {
                super.updateItem(order, empty);
                setText(empty || order == null ? null : TieBreak.describe(order));
            }
        };
    }

    private static ListCell<AggregationMethod> methodCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(AggregationMethod m, boolean empty) {
                super.updateItem(m, empty);
                setText(empty || m == null ? null : switch (m) {
                    case MEAN -> "Mean";
                    case MEDIAN -> "Median";
                    case TRIMMED -> "Trimmed mean";
                    case ZSCORE -> "Mean of z-scores (corrects lenient and harsh reviewers)";
                });
            }
        };
    }

    private VBox cohortPane() {
        cohort.setId("cohortTable");
        cohort.setPlaceholder(new Label("Build the best cohort: the applicants with the highest scores that together keep "
                + "the committee's rules below. Each school then says why it is in or out."));
        cohort.setItems(vm.cohort());
        cohort.getColumns().setAll(List.of(column("In cohort", (SelectionViewModel.CohortRow r) -> r.selected() ? "✔ in" : "out", 100),
                column("School", SelectionViewModel.CohortRow::school, 220),
                column("Why", SelectionViewModel.CohortRow::reason, 560)));
        Spinner<Integer> seats = new Spinner<>(1, 500, 6);
        seats.setEditable(true);
        seats.setPrefWidth(90);
        vm.roundProperty().addListener((o, was, now) -> {
            if (now != null) {
                seats.getValueFactory().setValue(now.round().seats());
            }
        });
        TextArea rules = new TextArea();
        rules.setId("cohortRules");
        rules.setPromptText("One rule a line:\nlevel=high:1:          at least one high school\nregion=North::2        at most two from North\n"
                + "average frl_percent:60 average low-income share at least 60%\neach district:1:2      one or two from each district\n"
                + "include ID / exclude ID");
        rules.setPrefRowCount(5);
        Button build = new Button("Build the best cohort");
        build.setId("buildCohort");
        build.setOnAction(e -> vm.buildCohort(seats.getValue(), rules.getText()));
        Button handoff = new Button("Use as first cohort of a scenario…");
        handoff.setOnAction(e -> dialogs.askText("New scenario", "Name of the scenario",
                vm.roundProperty().get() == null ? "From selection" : "From " + vm.roundProperty().get().round().name())
                .ifPresent(vm::useAsFirstCohort));
        handoff.disableProperty().bind(vm.readOnlyProperty());
        Label message = new Label();
        message.setWrapText(true);
        message.textProperty().bind(vm.cohortMessageProperty());
        return pane(cohort, new HBox(8, new Label("Seats"), seats, build, handoff), rules, message);
    }

    private static <T> java.util.Optional<T> selected(TableView<T> table) {
        return java.util.Optional.ofNullable(table.getSelectionModel().getSelectedItem());
    }

    private static VBox pane(javafx.scene.Node main, javafx.scene.Node... below) {
        VBox box = new VBox(8);
        box.getChildren().add(main);
        box.getChildren().addAll(below);
        VBox.setVgrow(main, Priority.ALWAYS);
        box.setPadding(new Insets(8));
        return box;
    }
}
