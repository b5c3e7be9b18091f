package org.convlab.lessons.shift;

import static org.assertj.core.api.Assertions.assertThat;

import org.convlab.conv.Image;
import org.junit.jupiter.api.Test;

class ImageShiftTest {
    @Test
    void movesRightAndDownWithZeroFill() {
        Image in = Image.ofRows(new double[][] {{1, 2}, {3, 4}});
        Image out = ImageShift.shift(in, 1, 1);
        assertThat(out.toArray()).containsExactly(0, 0, 0, 1);
        assertThat(ImageShift.lostCells(in, 1, 1)).isEqualTo(3);
        assertThat(ImageShift.shift(in, 0, -1).toArray()).containsExactly(2, 0, 4, 0);
    }
}
