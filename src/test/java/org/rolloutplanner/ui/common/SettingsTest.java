package org.rolloutplanner.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

    @TempDir
    Path dir;

    @Test
    void missingFileGivesDefaults() {
        Settings s = Settings.load(dir.resolve("settings.properties"));
        assertThat(s.getBoolean(Settings.Key.DARK_THEME)).isFalse();
        assertThat(s.getDouble(Settings.Key.WINDOW_WIDTH)).isEqualTo(1360);
        assertThat(s.getDouble(Settings.Key.WINDOW_X)).isNaN();
    }

    @Test
    void savedSettingsAreReadBackNextTime() {
        Path file = dir.resolve("sub").resolve("settings.properties");
        Settings s = Settings.load(file);
        s.set(Settings.Key.DARK_THEME, true);
        s.set(Settings.Key.WINDOW_X, 40.0);
        s.set(Settings.Key.WINDOW_MAXIMIZED, true);
        s.save();

        Settings again = Settings.load(file);
        assertThat(again.getBoolean(Settings.Key.DARK_THEME)).isTrue();
        assertThat(again.getDouble(Settings.Key.WINDOW_X)).isEqualTo(40.0);
        assertThat(again.getBoolean(Settings.Key.WINDOW_MAXIMIZED)).isTrue();
    }

    @Test
    void garbledValueFallsBackToTheDefault() throws Exception {
        Path file = dir.resolve("settings.properties");
        Files.writeString(file, "window.width=wide\n");
        assertThat(Settings.load(file).getDouble(Settings.Key.WINDOW_WIDTH)).isEqualTo(1360);
    }
}
