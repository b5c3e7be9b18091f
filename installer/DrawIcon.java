import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws ConvLab's icon — a 5×5 kernel (orange) over a 7×7 input grid holding an X — as vector
 * graphics at every size the installers need, so small sizes stay crisp, and packs them: PNGs
 * (Linux, the window icon), convlab.ico (Windows) and convlab.icns (macOS).
 *
 * <p>Run from the repository root: {@code java installer/DrawIcon.java}. Java 17's single-file
 * launcher runs it without a build; it needs no display (AWT headless).
 */
public final class DrawIcon {
    private static final Color NAVY_TOP = new Color(0x2b, 0x47, 0x80);
    private static final Color NAVY_BOTTOM = new Color(0x16, 0x24, 0x42);
    private static final Color CELL = new Color(0x4a, 0x64, 0x9a);
    private static final Color CELL_ON = new Color(0xee, 0xf2, 0xf8);
    private static final Color KERNEL = new Color(0xff, 0x9a, 0x2e);

    public static void main(String[] args) throws IOException {
        System.setProperty("java.awt.headless", "true");
        Path icons = Path.of("assets/icons");
        Path resources = Path.of("src/main/resources/org/convlab/view/icons");
        Files.createDirectories(icons);
        Files.createDirectories(resources);
        Map<Integer, byte[]> png = new LinkedHashMap<>();
        for (int size : new int[] {16, 32, 48, 64, 128, 256, 512}) {
            png.put(size, encode(draw(size)));
            Files.write(icons.resolve("convlab-" + size + ".png"), png.get(size));
        }
        for (int size : new int[] {32, 64, 256}) {
            Files.write(resources.resolve("convlab-" + size + ".png"), png.get(size));
        }
        Files.write(icons.resolve("convlab.ico"), ico(png, 16, 32, 48, 64, 128, 256));
        Files.write(icons.resolve("convlab.icns"), icns(png));
        System.out.println("icons written to " + icons.toAbsolutePath() + " and " + resources);
    }

    static BufferedImage draw(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        double u = size / 256.0;
        g.scale(u, u);

        g.setPaint(new GradientPaint(0, 12, NAVY_TOP, 0, 244, NAVY_BOTTOM));
        g.fill(new RoundRectangle2D.Double(12, 12, 232, 232, 52, 52));

        int n = 7;
        double origin = 38;
        double cell = 180.0 / n;
        double gap = Math.max(2.5, 1.2 / u);
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                boolean on = r == c || r + c == n - 1;
                g.setColor(on ? CELL_ON : CELL);
                g.fill(
                        new Rectangle2D.Double(
                                origin + c * cell + gap / 2,
                                origin + r * cell + gap / 2,
                                cell - gap,
                                cell - gap));
            }
        }

        double k0 = origin + cell;
        double k = 5 * cell;
        g.setColor(new Color(KERNEL.getRed(), KERNEL.getGreen(), KERNEL.getBlue(), 70));
        g.fill(new Rectangle2D.Double(k0, k0, k, k));
        if (size >= 48) {
            g.setColor(KERNEL);
            g.setStroke(new BasicStroke((float) Math.max(2, 1.0 / u)));
            for (int i = 1; i < 5; i++) {
                g.draw(new java.awt.geom.Line2D.Double(k0 + i * cell, k0, k0 + i * cell, k0 + k));
                g.draw(new java.awt.geom.Line2D.Double(k0, k0 + i * cell, k0 + k, k0 + i * cell));
            }
        }
        g.setColor(KERNEL);
        g.setStroke(
                new BasicStroke(
                        (float) Math.max(9, 2.0 / u),
                        BasicStroke.CAP_ROUND,
                        BasicStroke.JOIN_ROUND));
        g.draw(new RoundRectangle2D.Double(k0, k0, k, k, 8, 8));
        g.dispose();
        return img;
    }

    static byte[] encode(BufferedImage img) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    /** A Windows icon with PNG-compressed entries (supported since Windows Vista). */
    static byte[] ico(Map<Integer, byte[]> png, int... sizes) {
        int total = 6 + 16 * sizes.length;
        for (int s : sizes) {
            total += png.get(s).length;
        }
        ByteBuffer b = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) 0).putShort((short) 1).putShort((short) sizes.length);
        int offset = 6 + 16 * sizes.length;
        for (int s : sizes) {
            byte[] data = png.get(s);
            b.put((byte) (s >= 256 ? 0 : s))
                    .put((byte) (s >= 256 ? 0 : s))
                    .put((byte) 0)
                    .put((byte) 0);
            b.putShort((short) 1).putShort((short) 32).putInt(data.length).putInt(offset);
            offset += data.length;
        }
        for (int s : sizes) {
            b.put(png.get(s));
        }
        return b.array();
    }

    /** A macOS icon with PNG entries: ic07 = 128, ic08 = 256, ic09 = 512 pixels. */
    static byte[] icns(Map<Integer, byte[]> png) {
        Map<String, Integer> types = new LinkedHashMap<>();
        types.put("ic07", 128);
        types.put("ic08", 256);
        types.put("ic09", 512);
        int total = 8;
        for (int s : types.values()) {
            total += 8 + png.get(s).length;
        }
        ByteBuffer b = ByteBuffer.allocate(total).order(ByteOrder.BIG_ENDIAN);
        b.put("icns".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(total);
        types.forEach(
                (type, s) -> {
                    byte[] data = png.get(s);
                    b.put(type.getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                            .putInt(8 + data.length)
                            .put(data);
                });
        return b.array();
    }
}
