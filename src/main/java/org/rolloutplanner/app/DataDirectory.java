package org.rolloutplanner.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the app keeps the default workspace, its settings, backups and the log file:
 * {@code $XDG_DATA_HOME/rollout-planner}, else {@code ~/.local/share/rollout-planner} on Linux;
 * {@code %APPDATA%\Rollout Planner} on Windows; {@code ~/Library/Application Support/Rollout Planner} on macOS.
 * The system property {@code rollout.datadir} overrides it (tests use it).
 */
public final class DataDirectory {

    public static final String PROPERTY = "rollout.datadir";
    private static final String LOG_PROPERTY = "rollout.logdir";

    private DataDirectory() {
    }

    public static Path resolve() {
        return resolve(System.getProperty(PROPERTY), System.getProperty("os.name", ""), System.getProperty("user.home"),
                System.getenv());
    }

    static Path resolve(String override, String osName, String home, Map<String, String> env) {
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return (appData != null ? Path.of(appData) : Path.of(home, "AppData", "Roaming")).resolve("Rollout Planner");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Rollout Planner");
        }
        String xdg = env.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "rollout-planner");
        }
        return Path.of(home, ".local", "share", "rollout-planner");
    }

    /** The default workspace, created with a sample district on first run. */
    public static Path defaultWorkspace() {
        return resolve().resolve("workspace.mv.db");
    }

    public static Path logFile() {
        return Path.of(System.getProperty(LOG_PROPERTY, resolve().toString())).resolve("rollout-planner.log");
    }

    /** Points the log file at the data directory; call before the first logger is made. */
    public static void init() {
        if (System.getProperty(LOG_PROPERTY) == null) {
            System.setProperty(LOG_PROPERTY, resolve().toString());
        }
    }
}
