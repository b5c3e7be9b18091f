package org.convlab.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UserDataFolderTest {
    @Test
    void linuxFollowsXdgAndFallsBackToLocalShare() {
        assertThat(
                        UserDataFolder.resolve(
                                null, "Linux", "/home/t", Map.of("XDG_DATA_HOME", "/data")))
                .isEqualTo(Path.of("/data/convlab"));
        assertThat(
                        UserDataFolder.resolve(
                                null, "Linux", "/home/t", Map.of("XDG_DATA_HOME", "relative")))
                .isEqualTo(Path.of("/home/t/.local/share/convlab"));
        assertThat(UserDataFolder.resolve(null, "Linux", "/home/t", Map.of()))
                .isEqualTo(Path.of("/home/t/.local/share/convlab"));
    }

    @Test
    void windowsAndMacUseTheirOwnPlaces() {
        assertThat(
                        UserDataFolder.resolve(
                                null,
                                "Windows 11",
                                "C:/Users/t",
                                Map.of("APPDATA", "C:/Users/t/AppData/Roaming")))
                .isEqualTo(Path.of("C:/Users/t/AppData/Roaming", "ConvLab"));
        assertThat(UserDataFolder.resolve(null, "Mac OS X", "/Users/t", Map.of()))
                .isEqualTo(Path.of("/Users/t/Library/Application Support/ConvLab"));
    }

    @Test
    void systemPropertyOverridesEverything() {
        assertThat(
                        UserDataFolder.resolve(
                                "/tmp/cl", "Linux", "/home/t", Map.of("XDG_DATA_HOME", "/data")))
                .isEqualTo(Path.of("/tmp/cl"));
    }
}
