package org.convlab.viewmodel.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.convlab.conv.Workspace;
import org.convlab.format.AtomicFile;
import org.convlab.format.FilterText;
import org.convlab.format.MapPicture;
import org.convlab.format.SlideGif;

/**
 * The File ▸ Export commands of {@link DocumentViewModel}, each writing one view of a given
 * workspace. Apart from the document because exporting never changes it.
 */
final class WorkspaceExports {
    private WorkspaceExports() {}

    static void png(Workspace ws, MapChoice what, Path target, int scale) throws IOException {
        MapPicture.writePng(what.render(ws, scale), target);
    }

    static List<Path> allPngs(Workspace ws, Path folder, int scale) throws IOException {
        List<Path> written = new ArrayList<>();
        for (MapChoice c : MapChoice.all(ws)) {
            Path target = folder.resolve(c.fileStem() + ".png");
            png(ws, c, target, scale);
            written.add(target);
        }
        return written;
    }

    /** A job for any thread: {@code ws} is immutable. It returns the file's size in bytes. */
    static Callable<Long> animation(
            Workspace ws, int filterIndex, Path target, int scale, int delayMs) {
        return () -> {
            SlideGif.write(ws, filterIndex, target, scale, delayMs);
            return Files.size(target);
        };
    }

    static void filterCsv(Workspace ws, int index, Path target) throws IOException {
        AtomicFile.writeString(target, FilterText.toCsv(ws.filters().get(index).filter()));
    }
}
