package org.convlab.format;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.convlab.conv.Correlation2D;
import org.convlab.conv.FilterSpec;
import org.convlab.conv.ResponseMap;
import org.convlab.conv.Workspace;

/**
 * The sliding kernel as an animated GIF: one frame per output cell, in the order the cells are
 * computed. The left panel is the (padded) input with the window the kernel reads outlined; the
 * right panel is the response map filled up to that cell. The GIF loops forever and holds the
 * finished map a little longer.
 *
 * <p>The input is drawn as on the detector screen (white 0, black 1; a colour input in colour), the
 * map in the diverging colours. Frames are drawn straight into an indexed palette (64 greys and 186
 * map colours, or a 6×6×6 RGB cube and 34 map colours), which keeps hundreds of frames fast to
 * encode.
 */
public final class SlideGif {
    /** More frames than this make a file nobody can watch in class; the image should be smaller. */
    public static final int MAX_FRAMES = 2500;

    public static final int MIN_DELAY_MS = 20;
    public static final int MAX_DELAY_MS = 10_000;
    static final int GAP = 16;
    static final int HOLD_FACTOR = 8;

    private SlideGif() {}

    /**
     * Writes the animation of filter {@code filterIndex} of {@code ws} to {@code file}. Refuses
     * (IllegalArgumentException with a message for the user) a bad index, scale or delay, a kernel
     * that does not fit, or more than {@link #MAX_FRAMES} frames.
     */
    public static void write(Workspace ws, int filterIndex, Path file, int scale, int delayMs)
            throws IOException {
        byte[] gif = encode(ws, filterIndex, scale, delayMs);
        AtomicFile.write(file, gif);
    }

    /** The GIF file's bytes. */
    public static byte[] encode(Workspace ws, int filterIndex, int scale, int delayMs)
            throws IOException {
        if (filterIndex < 0 || filterIndex >= ws.filters().size()) {
            throw new IllegalArgumentException(
                    "there is no filter "
                            + (filterIndex + 1)
                            + "; the workspace has "
                            + ws.filters().size());
        }
        MapPicture.checkScale(scale);
        if (delayMs < MIN_DELAY_MS || delayMs > MAX_DELAY_MS) {
            throw new IllegalArgumentException(
                    "the delay must be "
                            + MIN_DELAY_MS
                            + " to "
                            + MAX_DELAY_MS
                            + " ms per frame, got "
                            + delayMs);
        }
        FilterSpec spec = ws.filters().get(filterIndex);
        ResponseMap map =
                Correlation2D.compute(
                        ws.inputOf(filterIndex),
                        spec.filter(),
                        ws.convolution(),
                        ws.matching(),
                        ws.activation());
        long frames = (long) map.height() * map.width();
        if (frames > MAX_FRAMES) {
            throw new IllegalArgumentException(
                    "the animation would have "
                            + frames
                            + " frames (one per output cell); "
                            + "the limit is "
                            + MAX_FRAMES
                            + " — use a smaller input or a larger stride");
        }
        SlideFrames f = new SlideFrames(ws.image(), map, scale);
        ImageWriter writer = gifWriter();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.prepareWriteSequence(streamMetadata(writer, f));
            int n = (int) frames;
            byte[] previous = null;
            for (int k = 0; k < n; k++) {
                byte[] px = f.pixels(k);
                // Only the part that changed since the previous frame is stored: the moved
                // outlines and the new cell. That makes the file several times smaller.
                int[] box =
                        previous == null
                                ? new int[] {0, 0, f.width(), f.height()}
                                : changed(previous, px, f.width(), f.height());
                BufferedImage part = f.crop(px, box);
                int delay = k == n - 1 ? delayMs * HOLD_FACTOR : delayMs;
                writer.writeToSequence(
                        new IIOImage(part, null, metadata(writer, part, box, delay, k == 0)),
                        progressiveOff(writer));
                previous = px;
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /**
     * The bounding box {left, top, width, height} of the pixels that differ; at least one pixel.
     */
    static int[] changed(byte[] a, byte[] b, int width, int height) {
        int minX = width;
        int minY = height;
        int maxX = -1;
        int maxY = -1;
        for (int y = 0; y < height; y++) {
            int row = y * width;
            for (int x = 0; x < width; x++) {
                if (a[row + x] != b[row + x]) {
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                    minY = Math.min(minY, y);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        if (maxX < 0) {
            return new int[] {0, 0, 1, 1};
        }
        return new int[] {minX, minY, maxX - minX + 1, maxY - minY + 1};
    }

    /** The screen size and the one palette every frame uses, as the global colour table. */
    private static IIOMetadata streamMetadata(ImageWriter writer, SlideFrames f)
            throws IOException {
        IIOMetadata meta = writer.getDefaultStreamMetadata(progressiveOff(writer));
        String format = meta.getNativeMetadataFormatName();
        IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(format);
        IIOMetadataNode screen = child(root, "LogicalScreenDescriptor");
        screen.setAttribute("logicalScreenWidth", Integer.toString(f.width()));
        screen.setAttribute("logicalScreenHeight", Integer.toString(f.height()));
        screen.setAttribute("colorResolution", "8");
        screen.setAttribute("pixelAspectRatio", "0");
        IIOMetadataNode table = child(root, "GlobalColorTable");
        while (table.getFirstChild() != null) {
            table.removeChild(table.getFirstChild());
        }
        table.setAttribute("sizeOfGlobalColorTable", "256");
        table.setAttribute("backgroundColorIndex", "0");
        table.setAttribute("sortFlag", "FALSE");
        IndexColorModel cm = f.colors();
        for (int i = 0; i < 256; i++) {
            IIOMetadataNode e = new IIOMetadataNode("ColorTableEntry");
            e.setAttribute("index", Integer.toString(i));
            e.setAttribute("red", Integer.toString(cm.getRed(i)));
            e.setAttribute("green", Integer.toString(cm.getGreen(i)));
            e.setAttribute("blue", Integer.toString(cm.getBlue(i)));
            table.appendChild(e);
        }
        meta.setFromTree(format, root);
        return meta;
    }

    private static ImageWriter gifWriter() throws IOException {
        Iterator<ImageWriter> it = ImageIO.getImageWritersByFormatName("gif");
        if (!it.hasNext()) {
            throw new IOException("this Java has no GIF writer");
        }
        return it.next();
    }

    private static IIOMetadata metadata(
            ImageWriter writer, BufferedImage frame, int[] box, int delayMs, boolean first)
            throws IOException {
        ImageWriteParam param = progressiveOff(writer);
        IIOMetadata meta =
                writer.getDefaultImageMetadata(
                        ImageTypeSpecifier.createFromRenderedImage(frame), param);
        String format = meta.getNativeMetadataFormatName();
        IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(format);
        // Every frame uses the global colour table; the writer's default local table is wrong
        // for a hand-made palette (index 0 comes out black).
        for (int i = root.getLength() - 1; i >= 0; i--) {
            if (root.item(i).getNodeName().equals("LocalColorTable")) {
                root.removeChild(root.item(i));
            }
        }
        IIOMetadataNode descriptor = child(root, "ImageDescriptor");
        descriptor.setAttribute("imageLeftPosition", Integer.toString(box[0]));
        descriptor.setAttribute("imageTopPosition", Integer.toString(box[1]));
        descriptor.setAttribute("imageWidth", Integer.toString(box[2]));
        descriptor.setAttribute("imageHeight", Integer.toString(box[3]));
        descriptor.setAttribute("interlaceFlag", "FALSE");
        IIOMetadataNode gce = child(root, "GraphicControlExtension");
        // Each frame is drawn over the previous one, which stays: frames hold only what changed.
        gce.setAttribute("disposalMethod", "doNotDispose");
        gce.setAttribute("userInputFlag", "FALSE");
        gce.setAttribute("transparentColorFlag", "FALSE");
        gce.setAttribute("transparentColorIndex", "0");
        gce.setAttribute("delayTime", Integer.toString(Math.max(2, Math.round(delayMs / 10f))));
        if (first) {
            IIOMetadataNode apps = child(root, "ApplicationExtensions");
            IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
            loop.setAttribute("applicationID", "NETSCAPE");
            loop.setAttribute("authenticationCode", "2.0");
            loop.setUserObject(new byte[] {1, 0, 0}); // sub-block 1, loop count 0 = forever
            apps.appendChild(loop);
        }
        meta.setFromTree(format, root);
        return meta;
    }

    /**
     * Interlaced frames gain nothing in an animation, and the JDK garbles small interlaced GIFs.
     */
    private static ImageWriteParam progressiveOff(ImageWriter writer) {
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setProgressiveMode(ImageWriteParam.MODE_DISABLED);
        return param;
    }

    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (int i = 0; i < root.getLength(); i++) {
            if (root.item(i).getNodeName().equalsIgnoreCase(name)) {
                return (IIOMetadataNode) root.item(i);
            }
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        root.appendChild(node);
        return node;
    }
}
