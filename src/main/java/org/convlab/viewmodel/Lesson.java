package org.convlab.viewmodel;

/** The lessons, in the order they appear in the window and on Ctrl+1 to Ctrl+4. */
public enum Lesson {
    DETECTOR("detector", "Pattern detector"),
    PARAMETERS("parameters", "Conv vs fully connected"),
    TRANSLATION("translation", "Translation"),
    LEARNING("learning", "Learn the filters");

    private final String id;
    private final String title;

    Lesson(String id, String title) {
        this.id = id;
        this.title = title;
    }

    /** Stable name used in preferences; survives renaming the title. */
    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    /**
     * The lesson with this {@link #id()}, or {@code null} for an unknown id (an old or foreign
     * setting).
     */
    public static Lesson byId(String id) {
        for (Lesson l : values()) {
            if (l.id.equals(id)) {
                return l;
            }
        }
        return null;
    }
}
