package org.convlab.viewmodel.detector;

import org.convlab.conv.Window;

/** The checks before a command copies the selected rectangle of the input (a filter, a pattern). */
final class SelectionCheck {
    private SelectionCheck() {}

    /**
     * The selection, or null after refusing with a message when there is none or the image has more
     * than one channel.
     *
     * @param oneChannelOnly the refusal for a multi-channel image, saying what needs one channel
     */
    static Window ofOneChannel(DetectorViewModel vm, String oneChannelOnly) {
        Window s = vm.getSelection();
        if (s == null) {
            vm.refuse("drag a rectangle on the input with the Select tool first");
            return null;
        }
        if (vm.getWorkspace().image().channels() != 1) {
            vm.refuse(oneChannelOnly);
            return null;
        }
        return s;
    }

    /** Where the selection is, as a message says it: "rows 2–4, columns 0–6". */
    static String rowsAndColumns(Window s) {
        return "rows "
                + s.top()
                + "–"
                + (s.top() + s.height() - 1)
                + ", columns "
                + s.left()
                + "–"
                + (s.left() + s.width() - 1);
    }
}
