package org.rolloutplanner.ui.common;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's settings, kept in {@code settings.properties} in the data directory (so tests with their
 * own data directory never touch the person's settings). Typed keys with defaults.
 */
public final class Settings {

    private static final Logger LOG = LoggerFactory.getLogger(Settings.class);

    /** A setting with its default. */
    public enum Key {
        WINDOW_X("window.x", "NaN"),
        WINDOW_Y("window.y", "NaN"),
        WINDOW_WIDTH("window.width", "1360"),
        WINDOW_HEIGHT("window.height", "820"),
        WINDOW_MAXIMIZED("window.maximized", "false"),
        DARK_THEME("theme.dark", "false"),
        /** How many automatic backups of a workspace are kept. */
        BACKUPS_KEPT("backups.kept", "10"),
        /** Minutes between automatic backups while editing (only when something changed). */
        BACKUP_MINUTES("backups.minutes", "5");

        private final String name;
        private final String fallback;

        Key(String name, String fallback) {
            this.name = name;
            this.fallback = fallback;
        }
    }

    private final Path file;
    private final Properties values = new Properties();

    private Settings(Path file) {
        this.file = file;
    }

    /** Reads the settings file; a missing or unreadable file gives the defaults. */
    public static Settings load(Path file) {
        Settings s = new Settings(file);
        if (Files.exists(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                s.values.load(r);
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("Could not read the settings file {}; using defaults", file, e);
            }
        }
        return s;
    }

    public double getDouble(Key key) {
        try {
            return Double.parseDouble(values.getProperty(key.name, key.fallback));
        } catch (NumberFormatException e) {
            return Double.parseDouble(key.fallback);
        }
    }

    public boolean getBoolean(Key key) {
        return Boolean.parseBoolean(values.getProperty(key.name, key.fallback));
    }

    public void set(Key key, Object value) {
        values.setProperty(key.name, String.valueOf(value));
    }

    public void save() {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                values.store(w, "Rollout Planner window settings");
            }
        } catch (IOException e) {
            LOG.warn("Could not save the settings file {}", file, e);
        }
    }
}
