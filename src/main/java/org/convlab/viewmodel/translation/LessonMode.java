package org.convlab.viewmodel.translation;

/** What happens to the signal: a real translation, or the homework's cut-and-paste of one block. */
public enum LessonMode {
    TRANSLATE("Translate the signal"),
    MOVE_PATTERN("Move the pattern");

    private final String label;

    LessonMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
