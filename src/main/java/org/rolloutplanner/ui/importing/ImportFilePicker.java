package org.rolloutplanner.ui.importing;

import java.nio.file.Path;
import java.util.List;

/** Asks the person for the files to import (a file chooser in the window; tests give paths). Empty when cancelled. */
@FunctionalInterface
public interface ImportFilePicker {

    List<Path> chooseFiles();
}
