package org.convlab.viewmodel.document;

import java.util.List;
import org.convlab.conv.Filter;
import org.convlab.conv.FilterSpec;
import org.convlab.conv.Image;
import org.convlab.conv.Workspace;

/**
 * What File ▸ New starts from: an empty 32×32 canvas with the homework's two streak filters, so the
 * first stroke a student paints already shows a response.
 */
public final class BlankWorkspace {
    public static final int SIZE = 32;
    public static final int KERNEL = 5;

    private BlankWorkspace() {}

    public static Workspace create() {
        double[][] down = new double[KERNEL][KERNEL];
        double[][] up = new double[KERNEL][KERNEL];
        for (int i = 0; i < KERNEL; i++) {
            down[i][i] = 1;
            up[i][KERNEL - 1 - i] = 1;
        }
        return Workspace.of(
                Image.zeros(SIZE, SIZE, 1),
                List.of(
                        FilterSpec.plain("A", Filter.ofRows(down)),
                        FilterSpec.plain("B", Filter.ofRows(up))));
    }
}
