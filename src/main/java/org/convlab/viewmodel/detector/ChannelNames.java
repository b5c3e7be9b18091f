package org.convlab.viewmodel.detector;

/** What the screen calls an image channel: R, G and B for a colour image, else 1, 2, … C. */
public final class ChannelNames {
    private static final String[] RGB = {"R", "G", "B"};

    private ChannelNames() {}

    /** The short name of channel c of an image with {@code channels} channels. */
    public static String of(int c, int channels) {
        return channels == 3 ? RGB[c] : "ch " + (c + 1);
    }

    /** The word for channel c, for sentences: "red", "green", "blue" or "channel 2". */
    public static String word(int c, int channels) {
        return channels == 3 ? new String[] {"red", "green", "blue"}[c] : "channel " + (c + 1);
    }
}
