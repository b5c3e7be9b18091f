package org.convlab;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

/**
 * What every message ConvLab shows must be: one line, no control characters (a terminal would obey
 * them), no Java class or package names and no exception names (the user cannot act on them), and
 * not longer than a screen line or two.
 */
public final class CleanMessage {
    private static final Pattern CLASS_NAME =
            Pattern.compile("\\b(java|javax|jdk|sun|com|org|net|picocli)\\.[a-z]+\\.");
    private static final Pattern EXCEPTION =
            Pattern.compile("[A-Za-z](Exception|Error)\\b|\\bat [a-z]+\\.");
    private static final Pattern CONTROL =
            Pattern.compile("[\\x00-\\x1F\\x7F-\\x9F\\u2028\\u2029\\u202A-\\u202E\\u2066-\\u2069]");

    /** Echo keeps a whole message to 400 characters. */
    public static final int MAX_LENGTH = 400;

    private CleanMessage() {}

    /** Asserts {@code message} (without its line end) is clean. */
    public static void check(String message) {
        assertThat(message).isNotBlank();
        assertThat(CONTROL.matcher(message).find())
                .as("control character in: %s", message)
                .isFalse();
        assertThat(CLASS_NAME.matcher(message).find()).as("class name in: %s", message).isFalse();
        assertThat(EXCEPTION.matcher(message).find())
                .as("exception name in: %s", message)
                .isFalse();
        assertThat(message.length()).as("length of: %s", message).isLessThanOrEqualTo(MAX_LENGTH);
    }

    /** Asserts stderr is exactly one clean line ending in a newline. */
    public static void checkStderr(String err) {
        assertThat(err).endsWith("\n");
        String line = err.substring(0, err.length() - 1);
        assertThat(line).doesNotContain("\n").doesNotContain("\r");
        check(line);
    }
}
