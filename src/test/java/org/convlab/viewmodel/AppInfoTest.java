package org.convlab.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AppInfoTest {
    @Test
    void theVersionIsTheOneInThePom() throws IOException {
        Matcher m =
                Pattern.compile("(?m)^  <version>(.+)</version>")
                        .matcher(Files.readString(Path.of("pom.xml")));
        assertThat(m.find()).isTrue();
        assertThat(AppInfo.version()).isEqualTo(m.group(1));
    }

    @Test
    void theLicenceShownIsTheRepositorysMitLicence() throws IOException {
        assertThat(AppInfo.licence())
                .isEqualTo(Files.readString(Path.of("LICENSE")))
                .startsWith("MIT License")
                .contains("ConvLab contributors");
    }

    @Test
    void creditsNameEveryLibraryShippedWithTheApp() {
        assertThat(AppInfo.CREDITS)
                .extracting(AppInfo.Credit::name)
                .anyMatch(n -> n.contains("JavaFX"))
                .contains("ControlsFX", "Jackson", "picocli");
    }
}
