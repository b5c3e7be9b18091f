package org.convlab.format;

import java.nio.file.Path;
import org.convlab.conv.Image;

/**
 * Run by {@link PictureImportProcessTest} in a small JVM of its own: imports the picture named on
 * the command line as grey levels and prints its size, the step it was read at, a few values and
 * the largest heap it had.
 */
public final class PictureImportProbe {
    private PictureImportProbe() {}

    public static void main(String[] args) throws Exception {
        Picture p = ImageImport.read(Path.of(args[0]));
        Image img = p.toImage(new Picture.GrayLevels());
        System.out.println("size=" + p.width() + "x" + p.height());
        System.out.println("step=" + p.step());
        System.out.println("image=" + img.height() + "x" + img.width() + "x" + img.channels());
        StringBuilder lum = new StringBuilder("luminance=");
        for (int[] yx : PictureImportProcessTest.SAMPLES) {
            lum.append(p.luminance(yx[0], yx[1])).append(' ');
        }
        System.out.println(lum.toString().trim());
        System.out.println("maxHeapMB=" + (Runtime.getRuntime().maxMemory() >> 20));
    }
}
