package org.rolloutplanner.ui.common;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** Records what the view model asked and gives preset answers. */
public final class FakeDialogService implements DialogService {

    public final List<String> shown = new ArrayList<>();
    public boolean confirmAnswer = true;
    /** Which of the offered choices the person picks (none by default). */
    public java.util.function.Function<List<String>, Optional<String>> chooseAnswer = choices -> Optional.empty();
    /** Answers to text questions, used first to last; when none is left, {@link #textAnswer} answers. */
    public final Deque<String> texts = new ArrayDeque<>();
    /** The standing answer to text questions (null: the person cancels). */
    public String textAnswer;

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
        shown.add(title + ": " + message);
        return chooseAnswer.apply(choices);
    }

    @Override
    public Optional<String> askText(String title, String label, String initial) {
        return Optional.ofNullable(texts.isEmpty() ? textAnswer : texts.poll());
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
