package org.convlab.format;

import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
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
import org.convlab.conv.DivergingColorMap;
import org.convlab.conv.FilterSpec;
import org.convlab.conv.Geometry;
import org.convlab.conv.Image;
import org.convlab.conv.ResponseMap;
import org.convlab.conv.Window;
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

    static final byte WHITE = 0;
    static final byte BLACK = 1;
    static final byte HIGHLIGHT = 2;
    static final byte PADDING = 3;
    static final byte PENDING = 4;
    static final byte BORDER = 5;
    private static final int FIXED = 6;

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
        Frames f = new Frames(ws.image(), map, scale);
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
    private static IIOMetadata streamMetadata(ImageWriter writer, Frames f) throws IOException {
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

    /** Draws frame k: the padded input with window k outlined, and the map up to cell k. */
    static final class Frames {
        private final Image image;
        private final ResponseMap map;
        private final Geometry geo;
        private final int scale;
        private final Palette palette;
        private final int padH;
        private final int padW;
        private final int mapLeft;
        private final int width;
        private final int height;
        private final byte[] base;
        private final byte[] mapCells;
        private final DivergingColorMap mapColors;

        Frames(Image image, ResponseMap map, int scale) {
            this.image = image;
            this.map = map;
            this.geo = map.geometry();
            this.scale = scale;
            this.palette = new Palette(image.channels() == 1);
            padH = image.height() + geo.padTop() + geo.padBottom();
            padW = image.width() + geo.padLeft() + geo.padRight();
            mapLeft = MapPicture.MARGIN + padW * scale + GAP;
            width = mapLeft + map.width() * scale + MapPicture.MARGIN;
            height = MapPicture.MARGIN + Math.max(padH, map.height()) * scale + MapPicture.MARGIN;
            if ((long) width * height > MapPicture.MAX_PIXELS / 10) {
                throw new IllegalArgumentException(
                        "each frame would be "
                                + width
                                + "×"
                                + height
                                + " pixels; choose a smaller scale");
            }
            mapColors = DivergingColorMap.fitting(map.toArray());
            mapCells = new byte[map.height() * map.width()];
            for (int y = 0; y < map.height(); y++) {
                for (int x = 0; x < map.width(); x++) {
                    mapCells[y * map.width() + x] = palette.diverging(map.get(y, x), mapColors);
                }
            }
            base = drawBase();
        }

        int width() {
            return width;
        }

        int height() {
            return height;
        }

        /** Left edge of map cell column x, for tests. */
        int mapCellLeft(int x) {
            return mapLeft + x * scale;
        }

        /** Left edge of padded-input column x (x may be negative, in the padding), for tests. */
        int inputCellLeft(int x) {
            return MapPicture.MARGIN + (x + geo.padLeft()) * scale;
        }

        int cellTop(int y) {
            return MapPicture.MARGIN + y * scale;
        }

        int inputCellTop(int y) {
            return MapPicture.MARGIN + (y + geo.padTop()) * scale;
        }

        IndexColorModel colors() {
            return palette.model;
        }

        private byte[] drawBase() {
            byte[] px = new byte[width * height];
            double max = 0;
            for (double v : image.toArray()) {
                max = Math.max(max, v);
            }
            // Like the PNG export: a colour image holds 0..1 or 0..255.
            double rgbFactor = max <= 1 ? 5 : 5 / 255.0;
            int seam = scale >= MapPicture.SEAM_FROM_SCALE ? 1 : 0;
            for (int py = 0; py < padH; py++) {
                for (int pxl = 0; pxl < padW; pxl++) {
                    int y = py - geo.padTop();
                    int x = pxl - geo.padLeft();
                    byte c;
                    if (y < 0 || y >= image.height() || x < 0 || x >= image.width()) {
                        c = PADDING;
                    } else if (image.channels() == 1) {
                        c = palette.ink(image.get(0, y, x));
                    } else {
                        c =
                                palette.rgb(
                                        image.get(0, y, x),
                                        image.get(1, y, x),
                                        image.get(2, y, x),
                                        rgbFactor);
                    }
                    fill(
                            px,
                            MapPicture.MARGIN + pxl * scale,
                            MapPicture.MARGIN + py * scale,
                            scale - seam,
                            scale - seam,
                            c);
                }
            }
            for (int y = 0; y < map.height(); y++) {
                for (int x = 0; x < map.width(); x++) {
                    fill(px, mapCellLeft(x), cellTop(y), scale - seam, scale - seam, PENDING);
                }
            }
            // A thin frame around both panels, so a white input and the empty map have edges.
            border(
                    px,
                    MapPicture.MARGIN - 1,
                    MapPicture.MARGIN - 1,
                    padW * scale + 2,
                    padH * scale + 2);
            border(
                    px,
                    mapLeft - 1,
                    MapPicture.MARGIN - 1,
                    map.width() * scale + 2,
                    map.height() * scale + 2);
            return px;
        }

        /** Frame k as a picture. */
        BufferedImage frame(int k) {
            return crop(pixels(k), new int[] {0, 0, width, height});
        }

        /** The part {left, top, width, height} of a frame's palette indices as a picture. */
        BufferedImage crop(byte[] px, int[] box) {
            BufferedImage img =
                    new BufferedImage(
                            box[2], box[3], BufferedImage.TYPE_BYTE_INDEXED, palette.model);
            byte[] dst = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
            for (int y = 0; y < box[3]; y++) {
                System.arraycopy(px, (box[1] + y) * width + box[0], dst, y * box[2], box[2]);
            }
            return img;
        }

        /** Frame k's palette indices, row-major. */
        byte[] pixels(int k) {
            byte[] px = base.clone();
            int seam = scale >= MapPicture.SEAM_FROM_SCALE ? 1 : 0;
            int mw = map.width();
            for (int i = 0; i <= k; i++) {
                fill(
                        px,
                        mapCellLeft(i % mw),
                        cellTop(i / mw),
                        scale - seam,
                        scale - seam,
                        mapCells[i]);
            }
            int cy = k / mw;
            int cx = k % mw;
            outline(px, mapCellLeft(cx), cellTop(cy), scale, scale, BLACK);
            Window w = geo.window(cy, cx);
            if (geo.dilation() > 1) {
                for (int i = 0; i < geo.kernelHeight(); i++) {
                    for (int j = 0; j < geo.kernelWidth(); j++) {
                        outline(
                                px,
                                inputCellLeft(geo.inputCol(cx, j)),
                                inputCellTop(geo.inputRow(cy, i)),
                                scale,
                                scale,
                                HIGHLIGHT);
                    }
                }
            }
            outline(
                    px,
                    inputCellLeft(w.left()),
                    inputCellTop(w.top()),
                    w.width() * scale,
                    w.height() * scale,
                    BLACK);
            return px;
        }

        private void fill(byte[] px, int left, int top, int w, int h, byte c) {
            int right = Math.min(width, left + w);
            int bottom = Math.min(height, top + h);
            for (int y = Math.max(0, top); y < bottom; y++) {
                int row = y * width;
                for (int x = Math.max(0, left); x < right; x++) {
                    px[row + x] = c;
                }
            }
        }

        private void border(byte[] px, int left, int top, int w, int h) {
            fill(px, left, top, w, 1, BORDER);
            fill(px, left, top + h - 1, w, 1, BORDER);
            fill(px, left, top, 1, h, BORDER);
            fill(px, left + w - 1, top, 1, h, BORDER);
        }

        /** A frame two pixels thick (one where cells are tiny) just inside the rectangle. */
        private void outline(byte[] px, int left, int top, int w, int h, byte c) {
            int t = scale >= 4 ? 2 : 1;
            fill(px, left, top, w, t, c);
            fill(px, left, top + h - t, w, t, c);
            fill(px, left, top, t, h, c);
            fill(px, left + w - t, top, t, h, c);
        }
    }

    /** The frames' 256 colours. */
    static final class Palette {
        static final int INK_STEPS = 64;
        final IndexColorModel model;
        private final int inkStart;
        private final int divergingStart;
        private final int divergingSteps;

        Palette(boolean grayInput) {
            int[] argb = new int[256];
            argb[WHITE] = 0xFFFFFFFF;
            argb[BLACK] = 0xFF000000;
            argb[HIGHLIGHT] = 0xFFFFC000;
            argb[PADDING] = 0xFFF4F4F4;
            argb[PENDING] = 0xFFFFFFFF;
            argb[BORDER] = 0xFFB0B0B0;
            int next = FIXED;
            inkStart = next;
            if (grayInput) {
                for (int i = 0; i < INK_STEPS; i++) {
                    argb[next++] = MapPicture.inkArgb(i / (double) (INK_STEPS - 1));
                }
            } else {
                for (int r = 0; r < 6; r++) {
                    for (int g = 0; g < 6; g++) {
                        for (int b = 0; b < 6; b++) {
                            argb[next++] = 0xFF000000 | (r * 51 << 16) | (g * 51 << 8) | b * 51;
                        }
                    }
                }
            }
            divergingStart = next;
            divergingSteps = 256 - next;
            DivergingColorMap unit = new DivergingColorMap(1);
            for (int i = 0; i < divergingSteps; i++) {
                argb[next + i] = unit.argb(2.0 * i / (divergingSteps - 1) - 1);
            }
            model = new IndexColorModel(8, 256, argb, 0, false, -1, DataBuffer.TYPE_BYTE);
        }

        byte diverging(double v, DivergingColorMap colors) {
            double t = colors.limit() == 0 ? 0 : Math.max(-1, Math.min(1, v / colors.limit()));
            return (byte) (divergingStart + Math.round((t + 1) / 2 * (divergingSteps - 1)));
        }

        /** A grey-input value onto the white-to-black ramp, as the detector draws it. */
        byte ink(double v) {
            double t = Math.max(0, Math.min(1, v));
            return (byte) (inkStart + Math.round(t * (INK_STEPS - 1)));
        }

        /** RGB values onto the cube; {@code f} scales a value to 0..5. */
        byte rgb(double r, double g, double b, double f) {
            return (byte) (FIXED + 36 * step(r * f) + 6 * step(g * f) + step(b * f));
        }

        private static int step(double v) {
            return (int) Math.max(0, Math.min(5, Math.round(v)));
        }
    }
}
