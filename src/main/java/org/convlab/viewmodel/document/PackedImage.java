package org.convlab.viewmodel.document;

import org.convlab.conv.Image;

/**
 * An image as the undo history keeps it. Painted images hold only 0 and 1 and imported ones only k
 * / 255, so most can be stored in one bit or one byte per value instead of eight and rebuilt
 * exactly; anything else is kept as it is.
 */
abstract class PackedImage {
    final int height;
    final int width;
    final int channels;

    private PackedImage(Image image) {
        height = image.height();
        width = image.width();
        channels = image.channels();
    }

    /** The image again, equal to the one packed. */
    abstract Image unpack();

    /** Bytes this form takes. */
    abstract long bytes();

    static PackedImage of(Image image) {
        double[] d = image.toArray();
        boolean binary = true;
        boolean levels = true;
        for (double v : d) {
            if (v == 0 && Double.doubleToRawLongBits(v) != 0) {
                levels = false; // −0: only the bit form keeps it
            } else if (v != 0 && v != 1) {
                binary = false;
                double k = v * 255;
                // exactly a level k / 255 as the importer makes it, and not −0
                if (!(k >= 0 && k <= 255 && k == Math.rint(k) && Math.rint(k) / 255.0 == v)) {
                    levels = false;
                    break;
                }
            }
        }
        if (binary) {
            return new Bits(image, d);
        }
        return levels ? new Levels(image, d) : new Raw(image);
    }

    private static final class Bits extends PackedImage {
        private final long[] bits;
        private final boolean[] negativeZero;

        Bits(Image image, double[] d) {
            super(image);
            bits = new long[(d.length + 63) / 64];
            boolean[] nz = null;
            for (int i = 0; i < d.length; i++) {
                if (d[i] == 1) {
                    bits[i >> 6] |= 1L << (i & 63);
                } else if (Double.doubleToRawLongBits(d[i]) != 0) {
                    // −0 equals 0 but is not the same bits; keep it so unpack is exact
                    if (nz == null) {
                        nz = new boolean[d.length];
                    }
                    nz[i] = true;
                }
            }
            negativeZero = nz;
        }

        @Override
        Image unpack() {
            double[] d = new double[height * width * channels];
            for (int i = 0; i < d.length; i++) {
                if ((bits[i >> 6] & (1L << (i & 63))) != 0) {
                    d[i] = 1;
                } else if (negativeZero != null && negativeZero[i]) {
                    d[i] = -0.0;
                }
            }
            return Image.of(height, width, channels, d);
        }

        @Override
        long bytes() {
            return 8L * bits.length + (negativeZero == null ? 0 : negativeZero.length);
        }
    }

    private static final class Levels extends PackedImage {
        private final byte[] levels;

        Levels(Image image, double[] d) {
            super(image);
            levels = new byte[d.length];
            for (int i = 0; i < d.length; i++) {
                levels[i] = (byte) Math.rint(d[i] * 255);
            }
        }

        @Override
        Image unpack() {
            double[] d = new double[levels.length];
            for (int i = 0; i < d.length; i++) {
                d[i] = (levels[i] & 0xFF) / 255.0;
            }
            return Image.of(height, width, channels, d);
        }

        @Override
        long bytes() {
            return levels.length;
        }
    }

    private static final class Raw extends PackedImage {
        private final Image image;

        Raw(Image image) {
            super(image);
            this.image = image;
        }

        @Override
        Image unpack() {
            return image;
        }

        @Override
        long bytes() {
            return 8L * height * width * channels;
        }
    }
}
