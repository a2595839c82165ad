package org.rolloutplanner.ui.export;

import java.nio.file.Path;
import java.util.Optional;

/** The file chooser and the desktop (open a file or a folder), behind one seam so tests can give a path. */
public interface ExportFilePort {

    /**
     * Asks where to save; empty when the person cancelled.
     *
     * @param suggestedName a file name to start from, such as "Lakeside - Ten percent.xlsx"
     * @param description   what the files are, such as "Excel workbook"
     * @param extension     the ending without a dot, such as "xlsx"
     */
    Optional<Path> chooseSaveFile(String title, String suggestedName, String description, String extension);

    /** Opens a file with its program, or a folder in the file manager. */
    void open(Path fileOrFolder);
}
