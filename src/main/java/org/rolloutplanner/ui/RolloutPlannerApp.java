package org.rolloutplanner.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.Objects;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.rolloutplanner.app.AppInfo;
import org.rolloutplanner.app.DataDirectory;
import org.rolloutplanner.app.workspace.OpenMode;
import org.rolloutplanner.persistence.WorkspaceOpener;
import org.rolloutplanner.ui.common.DatabaseTaskRunner;
import org.rolloutplanner.ui.common.FxDialogService;
import org.rolloutplanner.ui.common.Settings;
import org.rolloutplanner.ui.common.UndoManager;
import org.rolloutplanner.ui.districts.DistrictProfileDialog;
import org.rolloutplanner.ui.schools.SchoolsView;
import org.rolloutplanner.ui.schools.SchoolsViewModel;
import org.rolloutplanner.ui.shell.MainViewModel;
import org.rolloutplanner.ui.shell.MainWindow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JavaFX application: the composition root of the window. */
public final class RolloutPlannerApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(RolloutPlannerApp.class);

    /** What to open: a workspace file (null for the default one) and whether to open it read-only. */
    public record LaunchOptions(Path workspace, boolean readOnly) {
    }

    /** Set by {@link #launchWindow} before {@link Application#launch}, which can only make the app by reflection. */
    private static volatile LaunchOptions pendingOptions = new LaunchOptions(null, false);

    private final LaunchOptions options;
    private DatabaseTaskRunner runner;
    private Settings settings;
    private MainViewModel mainViewModel;
    private MainWindow mainWindow;
    private Stage stage;

    public RolloutPlannerApp() {
        this(pendingOptions);
    }

    /** Tests make the app with their own options (and their own data directory). */
    public RolloutPlannerApp(LaunchOptions options) {
        this.options = Objects.requireNonNull(options);
    }

    public static void launchWindow(Path workspace, boolean readOnly) {
        pendingOptions = new LaunchOptions(workspace, readOnly);
        Application.launch(RolloutPlannerApp.class);
    }

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        DataDirectory.init();
        settings = Settings.load(DataDirectory.resolve().resolve("settings.properties"));
        BooleanProperty dark = new SimpleBooleanProperty(settings.getBoolean(Settings.Key.DARK_THEME));
        applyTheme(dark.get());
        dark.addListener((o, was, now) -> {
            applyTheme(now);
            settings.set(Settings.Key.DARK_THEME, now);
            settings.save();
        });

        runner = new DatabaseTaskRunner();
        var dialogs = new FxDialogService(stage);
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> {
            LOG.error("Unexpected failure on the FX thread", e);
            Platform.runLater(() -> dialogs.showFailure("Something went wrong", e));
        });
        var undo = new UndoManager();
        var schoolsVm = new SchoolsViewModel(runner, dialogs, undo);
        Runnable quit = this::quit;
        mainViewModel = new MainViewModel(runner, dialogs, new WorkspaceOpener(), schoolsVm, quit,
                district -> DistrictProfileDialog.edit(stage, district));
        // automatic backups: on open, and every few minutes while the workspace changes
        mainViewModel.keepBackups((int) settings.getDouble(Settings.Key.BACKUPS_KEPT));
        var backups = new javafx.animation.Timeline(new javafx.animation.KeyFrame(javafx.util.Duration.minutes(
                Math.max(1, settings.getDouble(Settings.Key.BACKUP_MINUTES))), e -> mainViewModel.backUpIfChanged()));
        backups.setCycleCount(javafx.animation.Animation.INDEFINITE);
        backups.play();
        // the scenarios area shares the window's one database thread and its undo history
        var timelineView = org.rolloutplanner.ui.scenarios.ScenariosView.forWindow(
                mainViewModel.currentDistrictProperty(), mainViewModel.readOnlyProperty(),
                () -> mainViewModel.services() == null ? null : mainViewModel.services().scenarios(), runner, dialogs,
                undo, dark);
        var schoolsView = new SchoolsView(schoolsVm);
        schoolsView.setOnImport(() -> {
            var services = mainViewModel.services();
            var district = mainViewModel.currentDistrictProperty().get();
            if (services != null && district != null) {
                org.rolloutplanner.ui.importing.ImportWizardDialog.open(stage,
                        new org.rolloutplanner.ui.importing.ImportWizardViewModel(runner, services.imports(), district.name(),
                                () -> schoolsVm.show(services.schools(), district, mainViewModel.readOnlyProperty().get()),
                                Platform::runLater));
            }
        });
        mainWindow = new MainWindow(mainViewModel, schoolsView, timelineView, dialogs, dark, quit);
        mainWindow.setPage(org.rolloutplanner.ui.shell.Area.SELECTION, org.rolloutplanner.ui.selection.SelectionView.forWindow(
                mainViewModel.currentDistrictProperty(), mainViewModel.readOnlyProperty(),
                () -> mainViewModel.services() == null ? null : mainViewModel.services().selection(),
                () -> mainViewModel.services() == null ? null : mainViewModel.services().scenarios(), runner, dialogs));
        mainWindow.setPage(org.rolloutplanner.ui.shell.Area.EXPORT, org.rolloutplanner.ui.export.ExportView.forWindow(
                mainViewModel.currentDistrictProperty(),
                () -> mainViewModel.services() == null ? null : mainViewModel.services().scenarios(),
                () -> mainViewModel.services() == null ? null : mainViewModel.services().selection(), runner, dialogs,
                new org.rolloutplanner.ui.export.FxExportFilePort(() -> stage, getHostServices())));

        // never larger than the screen (a 1366x768 laptop, a headless test screen)
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(mainWindow,
                Math.min(settings.getDouble(Settings.Key.WINDOW_WIDTH), screen.getWidth()),
                Math.min(settings.getDouble(Settings.Key.WINDOW_HEIGHT), screen.getHeight() - 40));
        scene.getStylesheets().add(Objects.requireNonNull(
                RolloutPlannerApp.class.getResource("/org/rolloutplanner/ui/app.css")).toExternalForm());
        mainWindow.installShortcuts(scene);
        stage.setScene(scene);
        stage.titleProperty().bind(mainViewModel.titleProperty());
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        placeWindow();
        stage.setOnCloseRequest(e -> rememberWindow());
        stage.show();

        if (options.workspace() == null) {
            mainViewModel.open(DataDirectory.defaultWorkspace(),
                    options.readOnly() ? OpenMode.READ_ONLY : OpenMode.CREATE_IF_MISSING);
        } else {
            mainViewModel.open(options.workspace(), options.readOnly() ? OpenMode.READ_ONLY : OpenMode.EXISTING);
        }
    }

    private static void applyTheme(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    private void placeWindow() {
        double x = settings.getDouble(Settings.Key.WINDOW_X);
        double y = settings.getDouble(Settings.Key.WINDOW_Y);
        if (!Double.isNaN(x) && !Double.isNaN(y)) {
            double w = settings.getDouble(Settings.Key.WINDOW_WIDTH);
            double h = settings.getDouble(Settings.Key.WINDOW_HEIGHT);
            boolean visible = !Screen.getScreensForRectangle(new Rectangle2D(x, y, Math.max(w, 1), Math.max(h, 1)))
                    .isEmpty();
            if (visible) {
                stage.setX(x);
                stage.setY(y);
            }
        }
        stage.setMaximized(settings.getBoolean(Settings.Key.WINDOW_MAXIMIZED));
    }

    private void rememberWindow() {
        if (stage == null || settings == null) {
            return;
        }
        settings.set(Settings.Key.WINDOW_MAXIMIZED, stage.isMaximized());
        if (!stage.isMaximized() && !stage.isIconified() && stage.getWidth() > 0) {
            settings.set(Settings.Key.WINDOW_X, stage.getX());
            settings.set(Settings.Key.WINDOW_Y, stage.getY());
            settings.set(Settings.Key.WINDOW_WIDTH, stage.getWidth());
            settings.set(Settings.Key.WINDOW_HEIGHT, stage.getHeight());
        }
        settings.save();
    }

    private void quit() {
        rememberWindow();
        stage.hide();
        Platform.exit();
    }

    @Override
    public void stop() {
        rememberWindow();
        if (runner != null) {
            runner.runAndWait(mainViewModel::closeWorkspace);
            runner.close();
        }
        LOG.info("{} closed", AppInfo.NAME);
    }

    /** The window's view model (tests read the open workspace from it). */
    MainViewModel mainViewModel() {
        return mainViewModel;
    }

    MainWindow mainWindow() {
        return mainWindow;
    }
}
