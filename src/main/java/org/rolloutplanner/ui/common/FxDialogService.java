package org.rolloutplanner.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The dialogs of the window, as JavaFX alerts owned by the main window. */
public final class FxDialogService implements DialogService {

    private static final Logger LOG = LoggerFactory.getLogger(FxDialogService.class);

    private final Window owner;

    public FxDialogService(Window owner) {
        this.owner = owner;
    }

    private Alert alert(Alert.AlertType type, String title, String message) {
        Alert a = new Alert(type);
        a.initOwner(owner);
        a.setTitle(title);
        a.setHeaderText(title);
        a.setContentText(message);
        a.getDialogPane().setMinWidth(460);
        a.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return a;
    }

    @Override
    public void showError(String title, String message) {
        alert(Alert.AlertType.ERROR, title, message).showAndWait();
    }

    @Override
    public void showInfo(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message).showAndWait();
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        Alert a = alert(Alert.AlertType.CONFIRMATION, title, message);
        ButtonType yes = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        a.getButtonTypes().setAll(yes, ButtonType.CANCEL);
        return a.showAndWait().filter(yes::equals).isPresent();
    }

    @Override
    public Optional<String> choose(String title, String message, List<String> choices) {
        Alert a = alert(Alert.AlertType.WARNING, title, message);
        List<ButtonType> buttons = choices.stream()
                .map(c -> new ButtonType(c, ButtonBar.ButtonData.OTHER))
                .toList();
        a.getButtonTypes().setAll(buttons);
        a.getDialogPane().setMinWidth(600);
        return a.showAndWait().map(ButtonType::getText);
    }

    @Override
    public Optional<String> askText(String title, String label, String initial) {
        TextInputDialog d = new TextInputDialog(initial);
        d.initOwner(owner);
        d.setTitle(title);
        d.setHeaderText(title);
        d.setContentText(label);
        return d.showAndWait().map(String::strip);
    }

    @Override
    public Optional<Path> chooseWorkspaceFile(String title, boolean create) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Rollout Planner workspace (*.mv.db)", "*.mv.db"));
        File f = create ? fc.showSaveDialog(owner) : fc.showOpenDialog(owner);
        return Optional.ofNullable(f).map(File::toPath);
    }

    @Override
    public void showFailure(String what, Throwable failure) {
        Throwable t = Failures.unwrap(failure);
        if (Failures.isUserFacing(t)) {
            LOG.info("{}: {}", what, t.getMessage());
        } else {
            LOG.error("{} failed", what, t);
        }
        showError(what, Failures.message(t));
    }
}
