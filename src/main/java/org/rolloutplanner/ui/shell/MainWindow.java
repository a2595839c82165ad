package org.rolloutplanner.ui.shell;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.rolloutplanner.app.AppInfo;
import org.rolloutplanner.app.DataDirectory;
import org.rolloutplanner.domain.district.District;
import org.rolloutplanner.ui.common.DialogService;
import org.rolloutplanner.ui.common.Icons;
import org.rolloutplanner.ui.common.UndoManager;
import org.rolloutplanner.ui.schools.SchoolsView;

/** The main window's content: menu bar, header with the district switcher, sidebar and the current area. */
public final class MainWindow extends BorderPane {

    private final MainViewModel vm;
    private final SchoolsView schoolsView;
    private final DialogService dialogs;
    private final BooleanProperty darkTheme;
    private final Runnable quit;
    private final Map<Area, Node> pages = new EnumMap<>(Area.class);
    private final StackPane content = new StackPane();

    public MainWindow(MainViewModel vm, SchoolsView schoolsView, javafx.scene.Node timelineView, DialogService dialogs, BooleanProperty darkTheme,
            Runnable quit) {
        this.vm = vm;
        this.schoolsView = schoolsView;
        this.dialogs = dialogs;
        this.darkTheme = darkTheme;
        this.quit = quit;
        getStyleClass().add("main-window");
        pages.put(Area.SCHOOLS, schoolsView);
        pages.put(Area.TIMELINE, timelineView);
        setTop(new VBox(menuBar(), header()));
        setLeft(sidebar());
        setCenter(center());
        vm.areaProperty().addListener((o, was, now) -> showArea(now));
        showArea(vm.areaProperty().get());
    }

    private MenuBar menuBar() {
        UndoManager undo = vm.schools().undoManager();
        Menu file = new Menu("_File", null,
                item("_Open workspace…", Icons.OPEN, new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN),
                        vm::chooseWorkspace),
                item("_New workspace…", Icons.NEW, null, vm::newWorkspace),
                new SeparatorMenuItem(),
                item("_Restore from backup…", null, null, vm::restoreFromBackup),
                new SeparatorMenuItem(),
                item("_Quit", null, new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), quit));

        MenuItem undoItem = item("_Undo", Icons.UNDO, new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN),
                undo::undo);
        undoItem.setId("undoMenuItem");
        undoItem.textProperty().bind(undo.undoTextProperty());
        undoItem.disableProperty().bind(undo.canUndoProperty().not());
        MenuItem redoItem = item("_Redo", Icons.REDO,
                new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), undo::redo);
        redoItem.setId("redoMenuItem");
        redoItem.textProperty().bind(undo.redoTextProperty());
        redoItem.disableProperty().bind(undo.canRedoProperty().not());
        MenuItem addItem = item("_Add school", Icons.ADD, new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN),
                this::addSchool);
        addItem.disableProperty().bind(vm.schools().editableProperty().not());
        MenuItem deleteItem = item("_Delete school…", Icons.DELETE, new KeyCodeCombination(KeyCode.DELETE),
                this::deleteSchool);
        deleteItem.disableProperty().bind(vm.schools().editableProperty().not()
                .or(vm.schools().selectedProperty().isNull()));
        MenuItem find = item("_Find school", Icons.SEARCH, new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
                () -> {
                    vm.areaProperty().set(Area.SCHOOLS);
                    schoolsView.focusSearch();
                });
        Menu edit = new Menu("_Edit", null, undoItem, redoItem, new SeparatorMenuItem(), addItem, deleteItem,
                new SeparatorMenuItem(), find);

        var noDistrictChange = vm.readOnlyProperty().or(vm.stateProperty().isNotEqualTo(MainViewModel.State.READY));
        var noCurrent = noDistrictChange.or(vm.currentDistrictProperty().isNull());
        MenuItem newDistrict = item("_New district…", Icons.ADD, null, vm::newDistrict);
        newDistrict.disableProperty().bind(noDistrictChange);
        MenuItem rename = item("_Rename…", Icons.EDIT, null, vm::renameDistrict);
        rename.disableProperty().bind(noCurrent);
        MenuItem profile = item("Edit _profile…", Icons.DISTRICT, null, vm::editProfile);
        profile.disableProperty().bind(noCurrent);
        MenuItem delete = item("_Delete…", Icons.DELETE, null, vm::deleteDistrict);
        delete.disableProperty().bind(noCurrent);
        Menu district = new Menu("_District", null, newDistrict, rename, profile, new SeparatorMenuItem(), delete);

        CheckMenuItem dark = new CheckMenuItem("Dark theme");
        dark.setId("darkThemeItem");
        dark.selectedProperty().bindBidirectional(darkTheme);
        Menu view = new Menu("_View");
        KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4};
        for (Area a : Area.values()) {
            view.getItems().add(item(a.title(), null, new KeyCodeCombination(digits[a.ordinal()], KeyCombination.SHORTCUT_DOWN),
                    () -> vm.areaProperty().set(a)));
        }
        view.getItems().addAll(new SeparatorMenuItem(), dark);

        Menu help = new Menu("_Help", null,
                item("_About Rollout Planner", Icons.INFO, null, () -> dialogs.showInfo("About " + AppInfo.NAME,
                        AppInfo.NAME + " " + AppInfo.version() + "\nPlan how an initiative reaches every school of a district, "
                                + "cohort by cohort.")),
                item("_Log file location", null, null, () -> dialogs.showInfo("Log file",
                        "The log file is at\n" + DataDirectory.logFile()
                                + "\nSend it along when you report a problem.")));
        MenuBar bar = new MenuBar(file, edit, district, view, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private static MenuItem item(String text, Icons icon, KeyCombination key, Runnable action) {
        MenuItem mi = new MenuItem(text, icon == null ? null : icon.create());
        mi.setMnemonicParsing(true);
        if (key != null) {
            mi.setAccelerator(key);
        }
        mi.setOnAction(e -> action.run());
        return mi;
    }

    private void addSchool() {
        vm.areaProperty().set(Area.SCHOOLS);
        schoolsView.addSchool();
    }

    private void deleteSchool() {
        if (vm.areaProperty().get() == Area.SCHOOLS) {
            vm.schools().deleteSelected();
        }
    }

    private HBox header() {
        Label name = new Label(AppInfo.NAME);
        name.getStyleClass().add("app-name");
        Label districtLabel = new Label("District");
        ComboBox<District> districts = new ComboBox<>(vm.districts());
        districts.setId("districtSwitcher");
        districts.setPrefWidth(300);
        districts.setCellFactory(lv -> new DistrictCell());
        districts.setButtonCell(new DistrictCell());
        districts.valueProperty().bindBidirectional(vm.currentDistrictProperty());
        districts.setTooltip(new Tooltip("Switch to another district of this workspace"));
        districts.disableProperty().bind(vm.stateProperty().isNotEqualTo(MainViewModel.State.READY));

        UndoManager undo = vm.schools().undoManager();
        Button undoButton = iconButton(Icons.UNDO, "Undo the last change (Ctrl+Z)", undo::undo);
        undoButton.setId("undoButton");
        undoButton.disableProperty().bind(undo.canUndoProperty().not());
        Button redoButton = iconButton(Icons.REDO, "Redo (Ctrl+Shift+Z or Ctrl+Y)", undo::redo);
        redoButton.setId("redoButton");
        redoButton.disableProperty().bind(undo.canRedoProperty().not());
        Label readOnly = new Label("Read-only", Icons.LOCK.create());
        readOnly.getStyleClass().add("read-only-badge");
        readOnly.visibleProperty().bind(vm.readOnlyProperty());
        readOnly.managedProperty().bind(readOnly.visibleProperty());
        ToggleButton theme = new ToggleButton(null, Icons.THEME.create());
        theme.getStyleClass().addAll("button-icon", "flat", "theme-toggle");
        theme.setTooltip(new Tooltip("Switch between light and dark theme"));
        theme.selectedProperty().bindBidirectional(darkTheme);
        theme.graphicProperty().bind(javafx.beans.binding.Bindings.when(darkTheme)
                .then((Node) Icons.LIGHT.create()).otherwise((Node) Icons.THEME.create()));

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox box = new HBox(10, name, spacer, readOnly, districtLabel, districts, undoButton, redoButton, theme);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("header");
        return box;
    }

    private static Button iconButton(Icons icon, String tip, Runnable action) {
        Button b = new Button(null, icon.create());
        b.getStyleClass().addAll("button-icon", "flat");
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }

    private VBox sidebar() {
        ToggleGroup group = new ToggleGroup();
        VBox box = new VBox(4);
        box.getStyleClass().add("sidebar");
        Icons[] icons = {Icons.SCHOOLS, Icons.TIMELINE, Icons.SELECTION, Icons.EXPORT};
        for (Area a : Area.values()) {
            ToggleButton b = new ToggleButton(a.title(), icons[a.ordinal()].create());
            b.setId("nav-" + a.name().toLowerCase(java.util.Locale.ROOT));
            b.setToggleGroup(group);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setAlignment(Pos.CENTER_LEFT);
            b.getStyleClass().add("nav-button");
            b.setTooltip(new Tooltip(a.title() + " (Ctrl+" + (a.ordinal() + 1) + ")"));
            b.setSelected(vm.areaProperty().get() == a);
            b.setOnAction(e -> {
                vm.areaProperty().set(a);
                b.setSelected(true);
            });
            vm.areaProperty().addListener((o, was, now) -> b.setSelected(now == a));
            box.getChildren().add(b);
        }
        return box;
    }

    private StackPane center() {
        VBox loading = new VBox(12, new ProgressIndicator(), boundLabel());
        loading.setId("loadingPane");
        loading.setAlignment(Pos.CENTER);
        loading.getStyleClass().add("loading-pane");
        loading.visibleProperty().bind(vm.stateProperty().isEqualTo(MainViewModel.State.LOADING));

        Label none = new Label("No workspace is open. Use File › Open workspace… or File › New workspace…");
        none.setId("noWorkspace");
        none.setWrapText(true);
        VBox noWorkspace = new VBox(none);
        noWorkspace.setAlignment(Pos.CENTER);
        noWorkspace.setPadding(new Insets(24));
        noWorkspace.getStyleClass().add("loading-pane");
        noWorkspace.visibleProperty().bind(vm.stateProperty().isEqualTo(MainViewModel.State.NO_WORKSPACE));

        content.visibleProperty().bind(vm.stateProperty().isEqualTo(MainViewModel.State.READY));
        return new StackPane(content, loading, noWorkspace);
    }

    private Label boundLabel() {
        Label l = new Label();
        l.textProperty().bind(vm.loadingTextProperty());
        return l;
    }

    /** Puts an area's screen in place (the composition root wires the areas built in other packages). */
    public void setPage(Area area, Node page) {
        pages.put(area, page);
        if (vm.areaProperty().get() == area) {
            showArea(area);
        }
    }

    private void showArea(Area a) {
        Node page = pages.get(a);
        if (page == null) {
            content.getChildren().clear();
        } else {
            content.getChildren().setAll(page);
        }
    }

    /** Shortcuts that have no menu item of their own. */
    public void installShortcuts(Scene scene) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN),
                () -> vm.schools().undoManager().redo());
    }

    public SchoolsView schoolsView() {
        return schoolsView;
    }

    private static final class DistrictCell extends ListCell<District> {
        @Override
        protected void updateItem(District d, boolean empty) {
            super.updateItem(d, empty);
            setText(empty || d == null ? null : d.name());
        }
    }
}
