package org.rolloutplanner.ui.export;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.HostServices;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The real file chooser, and the desktop through JavaFX's HostServices (which works where java.awt.Desktop does not). */
public final class FxExportFilePort implements ExportFilePort {

    private static final Logger LOG = LoggerFactory.getLogger(FxExportFilePort.class);

    private final Supplier<Window> owner;
    private final HostServices host;
    private File lastFolder;

    public FxExportFilePort(Supplier<Window> owner, HostServices host) {
        this.owner = owner;
        this.host = host;
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName, String description, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description + " (*." + extension + ")",
                "*." + extension));
        File start = lastFolder != null ? lastFolder : new File(System.getProperty("user.home"));
        if (start.isDirectory()) {
            chooser.setInitialDirectory(start);
        }
        File f = chooser.showSaveDialog(owner.get());
        if (f == null) {
            return Optional.empty();
        }
        lastFolder = f.getParentFile();
        return Optional.of(f.toPath());
    }

    @Override
    public void open(Path fileOrFolder) {
        if (host == null || !Files.exists(fileOrFolder)) {
            LOG.warn("Cannot open {}", fileOrFolder);
            return;
        }
        host.showDocument(fileOrFolder.toUri().toString());
    }
}
