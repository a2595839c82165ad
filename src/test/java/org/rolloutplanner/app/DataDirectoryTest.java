package org.rolloutplanner.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataDirectoryTest {

    @Test
    void linuxUsesXdgDataHome() {
        assertThat(DataDirectory.resolve(null, "Linux", "/home/ana", Map.of("XDG_DATA_HOME", "/xdg")))
                .isEqualTo(Path.of("/xdg", "rollout-planner"));
    }

    @Test
    void linuxFallsBackToLocalShareWhenXdgDataHomeIsUnsetOrRelative() {
        Path expected = Path.of("/home/ana", ".local", "share", "rollout-planner");
        assertThat(DataDirectory.resolve(null, "Linux", "/home/ana", Map.of())).isEqualTo(expected);
        assertThat(DataDirectory.resolve(null, "Linux", "/home/ana", Map.of("XDG_DATA_HOME", "relative/dir")))
                .isEqualTo(expected);
        assertThat(DataDirectory.resolve(null, "Linux", "/home/ana", Map.of("XDG_DATA_HOME", " "))).isEqualTo(expected);
    }

    @Test
    void windowsUsesAppData() {
        assertThat(DataDirectory.resolve(null, "Windows 11", "C:\\Users\\ana", Map.of("APPDATA", "C:\\Users\\ana\\AppData\\Roaming")))
                .isEqualTo(Path.of("C:\\Users\\ana\\AppData\\Roaming").resolve("Rollout Planner"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(DataDirectory.resolve(null, "Mac OS X", "/Users/ana", Map.of()))
                .isEqualTo(Path.of("/Users/ana", "Library", "Application Support", "Rollout Planner"));
    }

    @Test
    void theOverrideWinsEverywhere() {
        assertThat(DataDirectory.resolve("/tmp/test-data", "Linux", "/home/ana", Map.of("XDG_DATA_HOME", "/xdg")))
                .isEqualTo(Path.of("/tmp/test-data"));
    }
}
