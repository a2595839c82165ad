package org.rolloutplanner.ui.schools;

import java.util.Arrays;
import java.util.Comparator;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.rolloutplanner.domain.school.School;
import org.rolloutplanner.domain.school.SchoolField;
import org.rolloutplanner.domain.school.SchoolLevel;
import org.rolloutplanner.ui.common.Icons;

/** The Schools area: filters and buttons, the editable table, and a status line. */
public final class SchoolsView extends BorderPane {

    private final SchoolsViewModel vm;
    private final TableView<School> table = new TableView<>();
    private final TextField search = new TextField();

    private Runnable onImport = () -> { };

    /** What "Import schools…" does (the composition root opens the import wizard). */
    public void setOnImport(Runnable action) {
        this.onImport = action;
    }

    public SchoolsView(SchoolsViewModel vm) {
        this.vm = vm;
        getStyleClass().add("schools-view");
        setTop(toolbar());
        setCenter(buildTable());
        setBottom(statusBar());
    }

    private HBox toolbar() {
        ComboBox<SchoolLevel> level = new ComboBox<>();
        level.setId("levelFilter");
        level.getItems().add(null);
        level.getItems().addAll(SchoolLevel.values());
        level.setConverter(new StringConverter<>() {
            @Override
            public String toString(SchoolLevel l) {
                return l == null ? "All levels" : l.label();
            }

            @Override
            public SchoolLevel fromString(String s) {
                return SchoolLevel.parse(s).orElse(null);
            }
        });
        level.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(SchoolLevel item, boolean empty) {
                super.updateItem(item, empty);
                setText(item == null ? "All levels" : item.label());
            }
        });
        level.valueProperty().bindBidirectional(vm.levelFilterProperty());
        level.setTooltip(new Tooltip("Show only schools of this level"));

        ComboBox<String> region = new ComboBox<>(vm.regions());
        region.setId("regionFilter");
        region.valueProperty().bindBidirectional(vm.regionFilterProperty());
        region.setTooltip(new Tooltip("Show only schools of this region"));

        search.setId("searchField");
        search.setPromptText("Find by name or ID  (Ctrl+F)");
        search.setPrefColumnCount(22);
        search.textProperty().bindBidirectional(vm.textFilterProperty());

        Button clear = new Button("Clear filters");
        clear.setOnAction(e -> vm.clearFilters());

        Button add = new Button("Add school", Icons.ADD.create());
        add.setId("addSchool");
        add.setTooltip(new Tooltip("Add a school to this district (Ctrl+N)"));
        add.disableProperty().bind(vm.editableProperty().not());
        add.setOnAction(e -> addSchool());

        Button delete = new Button("Delete", Icons.DELETE.create());
        delete.setId("deleteSchool");
        delete.setTooltip(new Tooltip("Delete the selected school (Delete)"));
        delete.disableProperty().bind(vm.editableProperty().not().or(vm.selectedProperty().isNull()));
        delete.setOnAction(e -> vm.deleteSelected());

        Button importSchools = new Button("Import schools…");
        importSchools.setId("importSchools");
        importSchools.setTooltip(new Tooltip("Import or update this district's schools from CSV, Excel or CCD files"));
        importSchools.disableProperty().bind(vm.editableProperty().not());
        importSchools.setOnAction(e -> onImport.run());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, Icons.SEARCH.create(), search, level, region, clear, spacer, importSchools, add, delete);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("area-toolbar");
        return bar;
    }

    private TableView<School> buildTable() {
        table.setId("schoolsTable");
        table.getStyleClass().addAll(atlantafx.base.theme.Styles.STRIPED, atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);
        table.setEditable(true);
        table.editableProperty().bind(vm.editableProperty());
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        Label empty = new Label();
        empty.textProperty().bind(vm.emptyTextProperty());
        table.setPlaceholder(empty);
        for (SchoolField f : SchoolField.values()) {
            if (f == SchoolField.GRADE_LOW) {
                TableColumn<School, String> grades = new TableColumn<>("Grades");
                grades.getColumns().add(column(SchoolField.GRADE_LOW));
                grades.getColumns().add(column(SchoolField.GRADE_HIGH));
                table.getColumns().add(grades);
            } else if (f != SchoolField.GRADE_HIGH) {
                table.getColumns().add(column(f));
            }
        }
        // columns kept by imports: hidden at first, shown from the table's column menu (the + at the top right)
        table.setTableMenuButtonVisible(true);
        vm.attributeNames().addListener((javafx.collections.ListChangeListener<String>) c -> attributeColumns());
        attributeColumns();
        SortedList<School> sorted = new SortedList<>(vm.shownSchools());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        vm.selectedProperty().addListener((o, was, now) -> {
            if (now != null && table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
                table.scrollTo(now);
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> vm.selectedProperty().set(now));
        vm.justAddedProperty().addListener((o, was, now) -> {
            if (now != null) {
                javafx.application.Platform.runLater(() -> editName(now));
            }
        });
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        return table;
    }

    private void attributeColumns() {
        java.util.Map<String, Boolean> wasVisible = new java.util.HashMap<>();
        table.getColumns().removeIf(c -> {
            if (c.getUserData() instanceof AttributeColumn a) {
                wasVisible.put(a.name(), c.isVisible());
                return true;
            }
            return false;
        });
        for (String name : vm.attributeNames()) {
            TableColumn<School, String> c = new TableColumn<>(name);
            c.setId("attr-" + name);
            c.setUserData(new AttributeColumn(name));
            c.setEditable(false);
            c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(vm.attribute(cd.getValue(), name)));
            c.setVisible(wasVisible.getOrDefault(name, false));
            table.getColumns().add(c);
        }
    }

    /** Marks a table column showing a column kept by an import. */
    private record AttributeColumn(String name) {
    }

    private TableColumn<School, String> column(SchoolField f) {
        TableColumn<School, String> c = new TableColumn<>(header(f));
        c.setId("col-" + f.column());
        c.setUserData(f);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(display(f, cd.getValue())));
        if (f == SchoolField.LEVEL) {
            c.setCellFactory(ComboBoxTableCell.forTableColumn(FXCollections.observableArrayList(
                    Arrays.stream(SchoolLevel.values()).map(SchoolLevel::label).toList())));
        } else {
            c.setCellFactory(TextFieldTableCell.forTableColumn());
        }
        if (isNumber(f)) {
            c.setComparator(Comparator.comparing(SchoolsView::number, Comparator.nullsLast(Comparator.naturalOrder())));
            c.getStyleClass().add("number-column");
        } else if (f == SchoolField.LEVEL) {
            c.setComparator(Comparator.comparing(s -> SchoolLevel.parse(s).orElse(SchoolLevel.OTHER)));
        }
        c.setPrefWidth(width(f));
        c.setMinWidth(switch (f) {
            case ID -> width(f);
            case NAME -> 160;
            default -> width(f);
        });
        if (f != SchoolField.NAME) {
            c.setMaxWidth(width(f) + 24); // room to spare goes to the names
        }
        c.setOnEditCommit(e -> {
            School s = e.getRowValue();
            vm.edit(s, f, e.getNewValue());
        });
        return c;
    }

    /** The text of a cell: levels by their label, percentages always with one decimal (70.0 beside 54.1). */
    private static String display(SchoolField f, School s) {
        return switch (f) {
            case LEVEL -> s.level().label();
            case FRL_PERCENT -> s.frlPercent() == null ? "" : String.format(java.util.Locale.ROOT, "%.1f", s.frlPercent());
            default -> f.format(s);
        };
    }

    private static boolean isNumber(SchoolField f) {
        return f == SchoolField.ENROLLMENT || f == SchoolField.FRL_PERCENT || f == SchoolField.READINESS
                || f == SchoolField.TEACHERS;
    }

    private static Double number(String s) {
        try {
            return s == null || s.isBlank() ? null : Double.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String header(SchoolField f) {
        return switch (f) {
            case FRL_PERCENT -> "FRL %";
            case GRADE_LOW -> "From";
            case GRADE_HIGH -> "To";
            case TEACHERS -> "Teachers";
            case FEEDER -> "Feeder";
            default -> f.label();
        };
    }

    private static double width(SchoolField f) {
        return switch (f) {
            case ID -> 124;
            case NAME -> 210;
            case LEVEL -> 76;
            case ENROLLMENT -> 96;
            case FRL_PERCENT -> 62;
            case READINESS -> 92;
            case TEACHERS -> 90;
            case REGION -> 72;
            case FEEDER -> 150;
            case GRADE_LOW -> 54;
            case GRADE_HIGH -> 48;
        };
    }

    private HBox statusBar() {
        Label problem = new Label();
        problem.setId("schoolsMessage");
        problem.textProperty().bind(vm.messageProperty());
        problem.setGraphic(Icons.WARNING.create());
        problem.setWrapText(true);
        Button dismiss = new Button(null, Icons.CLOSE.create());
        dismiss.getStyleClass().addAll("flat", "button-icon");
        dismiss.setTooltip(new Tooltip("Hide this message"));
        dismiss.setOnAction(e -> vm.dismissMessage());
        HBox messageBox = new HBox(6, problem, dismiss);
        messageBox.setAlignment(Pos.CENTER_LEFT);
        messageBox.getStyleClass().add("message-bar");
        messageBox.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        messageBox.managedProperty().bind(messageBox.visibleProperty());
        HBox.setHgrow(messageBox, Priority.ALWAYS);

        Label count = new Label();
        count.setId("schoolCount");
        count.textProperty().bind(vm.countTextProperty());
        Label students = new Label();
        students.setId("studentCount");
        students.textProperty().bind(vm.studentsTextProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label readOnly = new Label("Read-only: changes are not possible", Icons.LOCK.create());
        readOnly.visibleProperty().bind(Bindings.not(vm.editableProperty()).and(Bindings.isNotEmpty(vm.allSchools())));
        readOnly.managedProperty().bind(readOnly.visibleProperty());
        HBox bar = new HBox(16, messageBox, spacer, readOnly, count, students);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 12, 6, 12));
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    /** Adds a school and starts editing its name. */
    public void addSchool() {
        vm.addSchool();
    }

    private void editName(School school) {
        int row = table.getItems().indexOf(school);
        TableColumn<School, ?> name = table.getColumns().stream()
                .filter(c -> c.getUserData() == SchoolField.NAME).findFirst().orElse(null);
        if (row >= 0 && name != null) {
            table.requestFocus();
            table.scrollTo(row);
            table.getSelectionModel().select(row);
            table.layout();
            table.edit(row, name);
        }
    }

    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    public TableView<School> table() {
        return table;
    }
}
