package org.rolloutplanner.ui;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: the composition root of the window. */
public final class RolloutPlannerApp extends Application {

    public static void launchWindow(Path workspace, boolean readOnly) {
        Application.launch(RolloutPlannerApp.class);
    }

    @Override
    public void start(Stage stage) {
        stage.show();
    }
}
