package org.rolloutplanner.ui.scenarios;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.rolloutplanner.ui.common.DialogService;
import org.rolloutplanner.ui.common.Failures;

/** Records what was shown and answers text questions and confirmations from a queue. */
final class AnsweringDialogs implements DialogService {

    final List<String> shown = new ArrayList<>();
    final Deque<String> texts = new ArrayDeque<>();
    boolean confirmAnswer = true;

    @Override
    public void showError(String title, String message) {
        shown.add(title + ": " + message);
    }

    @Override
    public void showInfo(String title, String message) {
        shown.add(title + ": " + message);
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        shown.add(title + ": " + message);
        return confirmAnswer;
    }

    @Override
    public Optional<String> choose(String title, String message, List<String> choices) {
        return Optional.empty();
    }

    @Override
    public Optional<String> askText(String title, String label, String initial) {
        return Optional.ofNullable(texts.poll());
    }

    @Override
    public Optional<Path> chooseWorkspaceFile(String title, boolean create) {
        return Optional.empty();
    }

    @Override
    public void showFailure(String what, Throwable failure) {
        shown.add(what + ": " + Failures.message(failure));
    }
}
