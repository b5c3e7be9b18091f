package org.convlab.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.convlab.conv.Filter;
import org.junit.jupiter.api.Test;

class FilterTextTest {
    private static double[] weights(String text) throws FilterFormatException {
        return FilterText.parse(text).toArray();
    }

    @Test
    void readsCsvFromASpreadsheet() throws FilterFormatException {
        Filter f = FilterText.parse("1,0,-1\n2,0,-2\r\n1,0,-1\n");
        assertThat(f.height()).isEqualTo(3);
        assertThat(f.width()).isEqualTo(3);
        assertThat(f.toArray()).containsExactly(1, 0, -1, 2, 0, -2, 1, 0, -1);
        assertThat(f.bias()).isZero();
    }

    @Test
    void readsTabsSemicolonsAndSpaces() throws FilterFormatException {
        assertThat(weights("1\t2\n3\t4")).containsExactly(1, 2, 3, 4);
        assertThat(weights("1;2\n3;4")).containsExactly(1, 2, 3, 4);
        assertThat(weights("  1   2 \n 3  4  ")).containsExactly(1, 2, 3, 4);
    }

    @Test
    void readsNumpyPrints() throws FilterFormatException {
        assertThat(weights("[[1, 0], [0, 1]]")).containsExactly(1, 0, 0, 1);
        assertThat(weights("[[ 1. -1.]\n [ 0.  1.]]")).containsExactly(1, -1, 0, 1);
        assertThat(weights("array([[ 0.5, -2.5e-1],\n       [ 3.,  4.]], dtype=float32)"))
                .containsExactly(0.5, -0.25, 3, 4);
        assertThat(weights("[1, 2, 3]")).containsExactly(1, 2, 3);
    }

    @Test
    void readsTheScreensMinusSign() throws FilterFormatException {
        assertThat(weights("\u22121 2")).containsExactly(-1, 2);
    }

    @Test
    void readsChannelsAsBlocksOrThreeLevels() throws FilterFormatException {
        Filter blocks = FilterText.parse("1 2\n3 4\n\n5 6\n7 8\n");
        assertThat(blocks.channels()).isEqualTo(2);
        assertThat(blocks.get(1, 1, 0)).isEqualTo(7);
        Filter nested =
                FilterText.parse("[[[1, 2], [3, 4]], [[5, 6], [7, 8]], [[9, 10], [11, 12]]]");
        assertThat(nested.channels()).isEqualTo(3);
        assertThat(nested.get(2, 0, 1)).isEqualTo(10);
    }

    @Test
    void readsAThreeChannelNumpyPrint() throws FilterFormatException {
        Filter f =
                FilterText.parse(
                        "[[[ 1.  0.]\n  [ 0.  1.]]\n\n [[-1.  0.]\n  [ 0. -1.]]\n\n [[ 0.5 0.]\n  [ 0.  0.5]]]");
        assertThat(f.channels()).isEqualTo(3);
        assertThat(f.toArray()).containsExactly(1, 0, 0, 1, -1, 0, 0, -1, 0.5, 0, 0, 0.5);
    }

    @Test
    void csvExportReadsBackExactly() throws FilterFormatException {
        Filter f =
                Filter.of(
                        2,
                        3,
                        2,
                        new double[] {0.1, -2, 1e-7, 3, 1.0 / 3, -0.5, 7, 8, 9, 10, 11, 12},
                        0);
        String csv = FilterText.toCsv(f);
        assertThat(csv).startsWith("0.1,-2,1.0E-7\n3,0.3333333333333333,-0.5\n\n7,8,9\n");
        assertThat(FilterText.parse(csv)).isEqualTo(f);
    }

    @Test
    void raggedRowsNameTheRow() {
        assertThatThrownBy(() -> FilterText.parse("1 2 3\n4 5\n6 7 8"))
                .isInstanceOf(FilterFormatException.class)
                .hasMessage(
                        "rows have different lengths: row 2 has 2 value(s) but row 1 of channel 1 has 3");
        assertThatThrownBy(() -> FilterText.parse("[[1, 2], [3]]"))
                .hasMessageContaining("row 2 has 1 value(s)");
    }

    @Test
    void nonNumericTokenNamesRowAndColumn() throws FilterFormatException {
        assertThatThrownBy(() -> FilterText.parse("1, 2\n3, x4"))
                .isInstanceOf(FilterFormatException.class)
                .hasMessage("row 2, column 2: \"x4\" is not a number");
        assertThatThrownBy(() -> FilterText.parse("1,,2"))
                .hasMessage("row 1, column 2 is empty; every cell needs a number");
        assertThat(FilterText.parse("1,2,\n3,4,").toArray()).containsExactly(1, 2, 3, 4);
    }

    @Test
    void nanAndInfinityAreRefused() {
        assertThatThrownBy(() -> FilterText.parse("1 nan\n0 1"))
                .hasMessage("row 1, column 2 is \"nan\"; filter weights must be finite numbers");
        assertThatThrownBy(() -> FilterText.parse("[[1, -inf]]"))
                .hasMessageContaining("row 1, column 2 is \"-inf\"");
        assertThatThrownBy(() -> FilterText.parse("1e400")).hasMessageContaining("too large");
    }

    @Test
    void sizesOutsideOneToElevenAreRefused() {
        String wide = "1 ".repeat(12);
        assertThatThrownBy(() -> FilterText.parse(wide))
                .hasMessage("the filter is 1×12; filters can be 1×1 up to 11×11");
        assertThatThrownBy(() -> FilterText.parse("1\n".repeat(12))).hasMessageContaining("12×1");
        assertThatThrownBy(() -> FilterText.parse("  \n ")).hasMessageContaining("no numbers");
        assertThatThrownBy(() -> FilterText.parse("[[]]")).hasMessageContaining("empty list");
    }

    @Test
    void brokenBracketsAreExplained() {
        assertThatThrownBy(() -> FilterText.parse("[[1, 2], [3, 4]"))
                .hasMessageContaining("never closed");
        assertThatThrownBy(() -> FilterText.parse("[[1, 2]] junk"))
                .hasMessageContaining("after the closing bracket");
        assertThatThrownBy(() -> FilterText.parse("[[1, [2]]]"))
                .hasMessageContaining("mix numbers and lists");
        assertThatThrownBy(() -> FilterText.parse("[".repeat(50) + "1" + "]".repeat(50)))
                .hasMessageContaining("nested too deeply");
    }

    @Test
    void channelBlocksMustAgreeInSize() {
        assertThatThrownBy(() -> FilterText.parse("1 2\n3 4\n\n5 6\n"))
                .hasMessage(
                        "channels have different sizes: channel 2 has 1 row(s) but channel 1 has 2");
        assertThatThrownBy(() -> FilterText.parse("1\n\n2\n\n3\n\n4"))
                .hasMessageContaining("at most 3");
    }
}
