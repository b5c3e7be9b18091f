package org.convlab.view;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.convlab.viewmodel.Lesson;
import org.convlab.viewmodel.MainViewModel;
import org.junit.jupiter.params.provider.Arguments;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What a class sees of a screen at the sizes classrooms use: the window sized per test case (the
 * headless screen itself is fixed per JVM), presenter mode on or off, and checks that a node is
 * wholly inside the visible viewport and that no text is cut short or broken inside a word.
 */
public final class ClassroomScreens {
    /** A screen size in logical pixels; 3840×2160 at output scale 2 is 1920×1080 logical. */
    public record Size(int width, int height) {
        @Override
        public String toString() {
            return width + "x" + height;
        }
    }

    /** The projector and display sizes classrooms use. */
    public static final List<Size> SIZES =
            List.of(
                    new Size(1024, 768),
                    new Size(1280, 720),
                    new Size(1366, 768),
                    new Size(1920, 1080));

    private ClassroomScreens() {}

    /** Every classroom size, presenter mode off and on: the cases of a parameterized test. */
    public static Stream<Arguments> sizesAndPresenter() {
        return SIZES.stream()
                .flatMap(s -> Stream.of(Arguments.of(s, false), Arguments.of(s, true)));
    }

    /**
     * Puts a fresh main window of {@code width} × {@code height} on {@code stage} and returns its
     * model. The primary stage is shared between test classes: it is sized to the new scene.
     */
    public static MainViewModel open(Stage stage, double width, double height) {
        MainViewModel model = new MainViewModel();
        stage.setScene(new Scene(new MainView(model), width, height));
        stage.sizeToScene();
        stage.show();
        return model;
    }

    /**
     * Shows {@code lesson} in a window of {@code size}, presenter mode on or off. Full screen on
     * the headless screen would always be the screen's size, so presenter mode is kept windowed
     * here: everything else about it (scale, contrast, the stage layout) is as on a projector.
     */
    public static void show(
            FxRobot robot,
            Stage stage,
            MainViewModel model,
            Lesson lesson,
            Size size,
            boolean presenter) {
        robot.interact(
                () -> {
                    model.presenter().setActive(presenter);
                    model.setFullScreen(false);
                    stage.setFullScreen(false);
                    stage.setMaximized(false);
                    stage.setX(0);
                    stage.setY(0);
                    stage.setWidth(size.width());
                    stage.setHeight(size.height());
                    model.setLesson(lesson);
                });
        settle(robot, stage);
    }

    /**
     * Lays the scene out until it stops changing (wrapped text and scaled widths take a few
     * passes).
     */
    public static void settle(FxRobot robot, Stage stage) {
        for (int i = 0; i < 4; i++) {
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> stage.getScene().getRoot().layout());
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Each node matched by {@code selector} that is not wholly on screen: hidden, outside the
     * scene, or cut by the viewport of a scroll pane it sits in (so it would need scrolling). Empty
     * when all are visible; a selector matching nothing is reported too.
     */
    public static List<String> notOnScreen(Scene scene, String... selectors) {
        List<String> problems = new ArrayList<>();
        for (String selector : selectors) {
            var found = scene.getRoot().lookupAll(selector);
            if (found.isEmpty()) {
                problems.add(selector + ": not found");
            }
            for (Node n : found) {
                String why = whyNotOnScreen(scene, n);
                if (why != null) {
                    problems.add(selector + ": " + why);
                }
            }
        }
        return problems;
    }

    /**
     * As {@link #notOnScreen}, for what a sentence points at: a node taller than its scroll
     * viewport (a long table) counts as in view when its top fills the viewport.
     */
    public static List<String> topNotInView(Scene scene, String selector) {
        List<String> problems = new ArrayList<>();
        for (Node n : scene.getRoot().lookupAll(selector)) {
            String why = whyNotOnScreen(scene, n, true);
            if (why != null) {
                problems.add(selector + ": " + why);
            }
        }
        return problems;
    }

    private static String whyNotOnScreen(Scene scene, Node n) {
        return whyNotOnScreen(scene, n, false);
    }

    private static String whyNotOnScreen(Scene scene, Node n, boolean topOfTall) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return "hidden";
            }
        }
        Bounds b = n.localToScene(n.getLayoutBounds());
        Bounds view = new BoundingBox(0, 0, scene.getWidth(), scene.getHeight());
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane sp) {
                // The viewport starts inside the pane's border; its size is the part shown.
                Bounds pane = sp.localToScene(sp.getLayoutBounds());
                Bounds visible =
                        new BoundingBox(
                                pane.getMinX() + sp.snappedLeftInset(),
                                pane.getMinY() + sp.snappedTopInset(),
                                sp.getViewportBounds().getWidth(),
                                sp.getViewportBounds().getHeight());
                if (topOfTall && b.getHeight() > visible.getHeight()) {
                    b =
                            new BoundingBox(
                                    b.getMinX(), b.getMinY(), b.getWidth(), visible.getHeight());
                }
                if (!inside(b, visible)) {
                    return "outside its scroll viewport " + text(visible) + ": " + text(b);
                }
            }
        }
        if (!inside(b, view)) {
            return "outside the "
                    + (int) scene.getWidth()
                    + "x"
                    + (int) scene.getHeight()
                    + " window: "
                    + text(b);
        }
        if (b.getWidth() < 1 || b.getHeight() < 1) {
            return "has no size: " + text(b);
        }
        return null;
    }

    private static boolean inside(Bounds b, Bounds view) {
        double eps = 0.5;
        return b.getMinX() >= view.getMinX() - eps
                && b.getMinY() >= view.getMinY() - eps
                && b.getMaxX() <= view.getMaxX() + eps
                && b.getMaxY() <= view.getMaxY() + eps;
    }

    private static String text(Bounds b) {
        return String.format(
                java.util.Locale.ROOT,
                "[%.0f, %.0f]–[%.0f, %.0f]",
                b.getMinX(),
                b.getMinY(),
                b.getMaxX(),
                b.getMaxY());
    }

    /**
     * Every visible text cut short ("…") or, when it wraps, broken inside a word (a word wider than
     * the label), as "id: text". Labels inside collapsed or hidden parents are not looked at.
     */
    public static List<String> cutTexts(Parent root) {
        // A label set since the last pulse (a live lesson updates its captions from a training
        // thread) draws its old text until laid out: lay out first, so the comparison is fair.
        root.applyCss();
        root.layout();
        List<String> cut = new ArrayList<>();
        collectCut(root, cut);
        return cut;
    }

    private static void collectCut(Node node, List<String> cut) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled l
                && l.getText() != null
                && !l.getText().isEmpty()
                && l.getWidth() > 0) {
            String whole =
                    l.isMnemonicParsing() ? l.getText().replaceFirst("_(?=.)", "") : l.getText();
            String shown = rendered(l);
            String name =
                    l.getId() != null
                            ? "#" + l.getId()
                            : l.getClass().getSimpleName() + " " + l.getStyleClass();
            if (shown != null
                    && !shown.equals(whole)
                    && !shown.replace("\n", " ").equals(whole.replace("\n", " "))) {
                cut.add(name + ": \"" + whole + "\" shown as \"" + shown + "\"");
            } else if (l.isWrapText()) {
                double room =
                        l.getWidth()
                                - l.snappedLeftInset()
                                - l.snappedRightInset()
                                - (l.getGraphic() != null
                                        ? l.getGraphic().prefWidth(-1) + l.getGraphicTextGap()
                                        : 0);
                for (String word : whole.split("[\\s]+")) {
                    Text t = new Text(word);
                    t.setFont(l.getFont());
                    if (t.getLayoutBounds().getWidth() > room + 1) {
                        cut.add(
                                name
                                        + ": word \""
                                        + word
                                        + "\" of \""
                                        + whole
                                        + "\" is wider than its label ("
                                        + Math.round(t.getLayoutBounds().getWidth())
                                        + " > "
                                        + Math.round(room)
                                        + " px)");
                        break;
                    }
                }
            }
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collectCut(child, cut);
            }
        }
    }

    /** The text the skin draws: its LabeledText child (style class "text"). */
    private static String rendered(Labeled l) {
        for (Node child : l.getChildrenUnmodifiable()) {
            if (child instanceof Text t && child.getStyleClass().contains("text")) {
                return t.getText();
            }
        }
        return null;
    }
}
