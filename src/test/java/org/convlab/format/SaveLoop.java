package org.convlab.format;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.convlab.conv.Filter;
import org.convlab.conv.FilterSpec;
import org.convlab.conv.Image;
import org.convlab.conv.Workspace;

/**
 * The process {@link AtomicSaveKillTest} kills: saves numbered versions of a large workspace to one
 * file with {@link AtomicFile}, as fast as it can, forever. Prints "ready" after its first save.
 */
public final class SaveLoop {
    static final int SIDE = 384;

    private SaveLoop() {}

    /** Version n of the workspace: its pixels and its "saveVersion" field both depend on n. */
    static Workspace version(int n) {
        double[] px = new double[SIDE * SIDE];
        for (int i = 0; i < px.length; i++) {
            px[i] = (i * 31 + n) % 97;
        }
        return new Workspace(
                Image.of(SIDE, SIDE, 1, px),
                List.of(FilterSpec.plain("A", Filter.ofRows(new double[][] {{n, 1}, {1, n}}))),
                org.convlab.conv.ConvSettings.DEFAULT,
                org.convlab.conv.MatchMode.RAW,
                org.convlab.conv.Activation.NONE,
                Map.of("saveVersion", n));
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        // A handful of versions, prepared up front so the loop spends its time writing; the
        // plain formatter avoids loading Jackson, so the process is quick to start.
        String[] texts = new String[2];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = org.convlab.viewmodel.document.ExampleWorkspaces.format(version(n + i));
        }
        boolean announced = false;
        for (int i = 0; ; i++) {
            AtomicFile.writeString(target, texts[i % texts.length]);
            if (!announced) {
                System.out.println("ready");
                System.out.flush();
                announced = true;
            }
        }
    }
}
