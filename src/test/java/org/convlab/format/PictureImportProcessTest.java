package org.convlab.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.convlab.FreshJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A PNG of a few hundred kilobytes that declares the largest size ImageImport accepts, 4096×4096,
 * in 16-bit RGBA (128 MB of samples at full size), imports in a JVM with a 256 MB heap: it is
 * decoded at every third pixel of every third row, straight to 1366×1366.
 */
class PictureImportProcessTest {
    /** (row, column) of the decoded picture that the probe prints the luminance of. */
    static final int[][] SAMPLES = {
        {0, 0}, {0, 1}, {0, 85}, {0, 86}, {682, 7}, {683, 7}, {1365, 1365}
    };

    @TempDir Path dir;

    /**
     * 16-bit level k·257 (8-bit k) at column x: k = x mod 256 in rows above 2048, 255 − that below.
     * Alpha is opaque. Each row after the first of its half repeats the one above (PNG's "up"
     * filter of zeros), so the file stays small.
     */
    static byte[] largestSixteenBitRgba() throws IOException {
        int side = ImageImport.MAX_SIDE;
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        Deflater deflater = new Deflater(9);
        try (OutputStream z = new DeflaterOutputStream(idat, deflater, 1 << 16)) {
            byte[] row = new byte[1 + side * 8];
            byte[] same = new byte[1 + side * 8];
            same[0] = 2;
            for (int y = 0; y < side; y++) {
                if (y == 0 || y == side / 2) {
                    row[0] = 0;
                    for (int x = 0; x < side; x++) {
                        int k = y == 0 ? x % 256 : 255 - x % 256;
                        for (int c = 0; c < 4; c++) {
                            int v = c == 3 ? 0xFFFF : k * 257;
                            row[1 + x * 8 + c * 2] = (byte) (v >> 8);
                            row[2 + x * 8 + c * 2] = (byte) v;
                        }
                    }
                    z.write(row);
                } else {
                    z.write(same);
                }
            }
        }
        deflater.end();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(png);
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
        DataOutputStream h = new DataOutputStream(ihdr);
        h.writeInt(side);
        h.writeInt(side);
        h.write(
                new byte[] {
                    16, 6, 0, 0, 0
                }); // 16 bits, RGBA, deflate, no filter method, not interlaced
        chunk(out, "IHDR", ihdr.toByteArray());
        chunk(out, "IDAT", idat.toByteArray());
        chunk(out, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        out.writeInt(data.length);
        out.write(t);
        out.write(data);
        out.writeInt((int) crc.getValue());
    }

    @Test
    void largestSixteenBitRgbaPictureImportsIn256Megabytes() throws Exception {
        Path f = dir.resolve("largest-16-bit-rgba.png");
        Files.write(f, largestSixteenBitRgba());
        assertThat(Files.size(f)).isLessThan(1 << 20);
        assertThat(ImageImport.header(f)).isEqualTo(new ImageImport.Header("PNG", 4096, 4096));

        FreshJvm.Result r =
                FreshJvm.run(
                        List.of("-Xmx256m", "-XX:+UseSerialGC"),
                        PictureImportProbe.class.getName(),
                        f.toString());
        assertThat(r.finished()).isTrue();
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).startsWith("size=1366x1366", "step=3", "image=1366x1366x1");
        // Column x of the picture is column 3x of the file, row y is row 3y: level 3x mod 256,
        // and 255 minus that from file row 2048 on (picture row 683).
        assertThat(lines.get(3))
                .isEqualTo(
                        "luminance="
                                + 0
                                + " "
                                + 3
                                + " "
                                + 255
                                + " "
                                + 2
                                + " "
                                + 21
                                + " "
                                + (255 - 21)
                                + " "
                                + (255 - 4095 % 256));
        int heap = Integer.parseInt(lines.get(4).substring("maxHeapMB=".length()));
        assertThat(heap).isLessThanOrEqualTo(256);
    }

    @Test
    void stepIsTheSmallestThatFitsTheLargestInput() {
        assertThat(ImageImport.step(1448, 1448)).isEqualTo(1);
        assertThat(ImageImport.step(1449, 1448)).isEqualTo(2);
        assertThat(ImageImport.step(4096, 4096)).isEqualTo(3);
        assertThat(ImageImport.step(4096, 1)).isEqualTo(1);
        assertThat((long) 1366 * 1366).isLessThanOrEqualTo(ImageImport.MAX_PICTURE_PIXELS);
        assertThat((long) 2048 * 2048).isGreaterThan(ImageImport.MAX_PICTURE_PIXELS);
    }
}
