package org.convlab.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Spreadsheet conventions, a byte-order mark, and texts built to make a backtracking parser slow.
 */
class FilterTextHostileTest {
    private static double[] weights(String text) throws FilterFormatException {
        return FilterText.parse(text).toArray();
    }

    @Test
    void semicolonsMeanDecimalCommasAndWithoutThemCommasSeparateValues()
            throws FilterFormatException {
        assertThat(weights("1,5;2,5\n-0,25;3")).containsExactly(1.5, 2.5, -0.25, 3);
        assertThat(weights("1,5\t2,5;3")).containsExactly(1.5, 2.5, 3);
        assertThat(weights("1,5,2,5")).containsExactly(1, 5, 2, 5);
        assertThat(weights("1, 0.5\n2, 3")).containsExactly(1, 0.5, 2, 3);
        assertThat(weights(".5 5. -1e3 +2E-1")).containsExactly(0.5, 5, -1000, 0.2);
    }

    @Test
    void twoReadingsAreRefusedNamingBoth() {
        assertThatThrownBy(() -> FilterText.parse("1,5\t2,5"))
                .isInstanceOf(FilterFormatException.class)
                .hasMessage(
                        "row 1 reads two ways: \"1.5, 2.5\" with decimal commas, or \"1, 5, 2, 5\" with commas between"
                                + " values; separate values with semicolons to mean decimal commas, or write decimal points");
    }

    @Test
    void aByteOrderMarkIsIgnoredAndHalfNumbersAreRefused() throws FilterFormatException {
        assertThat(weights("\uFEFF1,2\n3,4")).containsExactly(1, 2, 3, 4);
        assertThat(weights("\uFEFF1;2\n3;4")).containsExactly(1, 2, 3, 4);
        for (String bad : new String[] {".", "1e", "-", "1e+", "1.2.3", "e5"}) {
            assertThatThrownBy(() -> FilterText.parse(bad))
                    .hasMessageEndingWith(" is not a number");
        }
    }

    @Test
    void longTextIsRefusedAtOnce() {
        String huge = "1 ".repeat(FilterText.MAX_TEXT_CHARS);
        long start = System.nanoTime();
        assertThatThrownBy(() -> FilterText.parse(huge))
                .hasMessage(
                        "the text has 131,072 characters; a filter's text may"
                                + " have at most 65,536 (an 11×11 filter needs a few hundred)");
        assertThat(System.nanoTime() - start).isLessThan(100_000_000L);
    }

    @Test
    void digitRunsAndSpaceRunsAtTheCapParseInLinearTime() {
        int n = FilterText.MAX_TEXT_CHARS - 2;
        String[] texts = {
            "9".repeat(n) + "x",
            "1" + " ".repeat(n) + ";x",
            "1" + " ".repeat(n / 2) + ",\t" + " ".repeat(n / 2 - 4) + "x",
            "1." + "0".repeat(n - 4) + "e"
        };
        for (String t : texts) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> FilterText.parse(t))
                    .isInstanceOf(FilterFormatException.class)
                    .message()
                    .doesNotContain("\n")
                    .hasSizeLessThan(200);
            // the old regular expressions took seconds here; one pass takes well under a tenth
            assertThat(System.nanoTime() - start).as(t.substring(0, 3)).isLessThan(300_000_000L);
        }
    }

    @Test
    void echoedTokensAreEscapedAndCut() {
        assertThatThrownBy(() -> FilterText.parse("1 \u001b[2J" + "x".repeat(100)))
                .hasMessage("row 1, column 2: \"\\e[2J" + "x".repeat(56) + "…\" is not a number");
    }
}
