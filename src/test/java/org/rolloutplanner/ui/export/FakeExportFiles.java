package org.rolloutplanner.ui.export;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** The file chooser answers with the paths a test queued (empty: cancelled); opened paths are recorded. */
final class FakeExportFiles implements ExportFilePort {

    final Deque<Path> answers = new ArrayDeque<>();
    final List<String> suggested = new ArrayList<>();
    final List<Path> opened = new ArrayList<>();

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName, String description, String extension) {
        suggested.add(suggestedName);
        return Optional.ofNullable(answers.poll());
    }

    @Override
    public void open(Path fileOrFolder) {
        opened.add(fileOrFolder);
    }
}
