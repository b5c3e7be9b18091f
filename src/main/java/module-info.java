/**
 * ConvLab: a desktop app that teaches convolution.
 *
 * <p>Packages split by what changes together: {@code conv} (the domain and the math; its inner
 * loops in {@code conv.fast}, not exported), {@code lessons.*} (what each lesson adds), {@code
 * format} (file formats), all without JavaFX; {@code viewmodel} (JavaFX properties and commands, no
 * nodes) and {@code view} (code-built nodes). The command line ({@code cli}) sits on the
 * JavaFX-free packages only, so it runs without a display.
 */
module org.convlab {
    requires transitive javafx.controls;
    requires javafx.swing;
    requires org.controlsfx.controls;
    requires com.fasterxml.jackson.databind;
    requires info.picocli;
    requires java.prefs;
    requires java.desktop;
    requires org.apache.pdfbox;
    requires static jdk.incubator.vector;

    exports org.convlab;
    exports org.convlab.conv;
    exports org.convlab.lessons.detector;
    exports org.convlab.lessons.params;
    exports org.convlab.lessons.shift;
    exports org.convlab.lessons.predict;
    exports org.convlab.lessons.worksheet;
    exports org.convlab.lessons.learn;
    exports org.convlab.format;
    exports org.convlab.cli;
    exports org.convlab.viewmodel;
    exports org.convlab.viewmodel.detector;
    exports org.convlab.viewmodel.document;
    exports org.convlab.viewmodel.params;
    exports org.convlab.viewmodel.translation;
    exports org.convlab.viewmodel.reveal;
    exports org.convlab.viewmodel.predict;
    exports org.convlab.viewmodel.worksheet;
    exports org.convlab.viewmodel.learn;
    exports org.convlab.view;
    exports org.convlab.view.detector;
    exports org.convlab.view.document;
    exports org.convlab.view.params;
    exports org.convlab.view.translation;
    exports org.convlab.view.shared;
    exports org.convlab.view.learn;

    opens org.convlab.cli to
            info.picocli;
}
