package org.convlab.format;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import org.convlab.CleanMessage;

/**
 * Damaged copies of a valid file are read or refused, never anything else: no parser or runtime
 * exception escapes and every refusal has a message a user can read.
 */
class WorkspaceReaderFuzzProperties {
    private static String sample() throws IOException {
        return Files.readString(
                Path.of("src/test/resources/workspaces/valid/chevron-detector.json"));
    }

    private static void readOrRefuse(String text) {
        try {
            WorkspaceReader.read(text);
        } catch (WorkspaceFormatException e) {
            CleanMessage.check(e.getMessage());
        }
    }

    @Property(tries = 300)
    void truncatedFileIsReadOrRefused(@ForAll @IntRange(min = 0, max = 1200) int cut)
            throws IOException {
        String s = sample();
        readOrRefuse(s.substring(0, Math.min(cut, s.length())));
    }

    @Property(tries = 500)
    void fileWithOneCharacterChangedIsReadOrRefused(
            @ForAll @IntRange(min = 0, max = 1200) int at,
            @ForAll
                    @Chars({
                        '[', ']', '{', '}', ',', ':', '"', '-', '.', 'e', '9', '0', ' ', 'x', '\\'
                    })
                    @CharRange(from = 'a', to = 'z')
                    char c)
            throws IOException {
        String s = sample();
        int i = Math.min(at, s.length() - 1);
        readOrRefuse(s.substring(0, i) + c + s.substring(i + 1));
    }

    @Property(tries = 500)
    void fileWithAnyCharacterInsertedIsReadOrRefusedCleanly(
            @ForAll @IntRange(min = 0, max = 1200) int at,
            @ForAll @CharRange(from = '\u0000', to = '\u00ff') char c)
            throws IOException {
        String s = sample();
        int i = Math.min(at, s.length());
        readOrRefuse(s.substring(0, i) + c + s.substring(i));
    }

    @Property(tries = 300)
    void fileWithACharacterRemovedIsReadOrRefused(@ForAll @IntRange(min = 0, max = 1200) int at)
            throws IOException {
        String s = sample();
        int i = Math.min(at, s.length() - 1);
        readOrRefuse(s.substring(0, i) + s.substring(i + 1));
    }
}
