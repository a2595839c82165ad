package org.rolloutplanner.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Every dialog the app shows goes through here, so view models can be tested without a window. */
public interface DialogService {

    void showError(String title, String message);

    void showInfo(String title, String message);

    /** Asks a yes/no question; true when the person pressed {@code confirmLabel}. */
    boolean confirm(String title, String message, String confirmLabel);

    /** Offers a choice between labelled buttons; empty when the dialog was closed. */
    Optional<String> choose(String title, String message, List<String> choices);

    Optional<String> askText(String title, String label, String initial);

    /** Asks for a workspace file; {@code create} for a new one. */
    Optional<Path> chooseWorkspaceFile(String title, boolean create);

    /** Shows a failure: a {@code UserFacingException}'s message as it is, anything else with the log file. */
    void showFailure(String what, Throwable failure);
}
