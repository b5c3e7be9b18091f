package org.convlab.view.params;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.convlab.view.ClassroomScreens;
import org.convlab.view.ClassroomScreens.Size;
import org.convlab.view.MainView;
import org.convlab.viewmodel.Lesson;
import org.convlab.viewmodel.MainViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The parameters lesson on the screens classrooms use, presenter mode on and off: the table's three
 * columns and their totals in view without scrolling, nothing cut short, nothing on top of anything
 * else, the dense matrix whole, and the answer checker's explanation given room to read.
 */
@ExtendWith(ApplicationExtension.class)
class ParametersClassroomTest {
    /** What the lesson is for: every one of these wholly in view, at every size. */
    private static final String[] KEY_NODES = {
        "#params-table",
        "#params-totals-row",
        "#params-col-conv",
        "#params-col-local",
        "#params-col-dense",
        "#conv-weights",
        "#conv-total",
        "#local-total",
        "#dense-weights",
        "#dense-total",
        "#params-homework"
    };

    /** Blocks of the top of the lesson that must not cover one another. */
    private static final String[] BLOCKS = {
        "#params-controls", "#params-table", "#params-headline", "#params-chart", "#params-output"
    };

    /**
     * Narrower than this, the checker's explanation of a mistake is the strip it used to be (250
     * px).
     */
    private static final double MIN_ANSWER_WIDTH = 600;

    private MainViewModel model;
    private Stage stage;

    /** The stage's size before this class sized it, given back after each test. */
    private double stageWidth;

    private double stageHeight;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stageWidth = stage.getWidth() > 0 ? stage.getWidth() : 1280;
        stageHeight = stage.getHeight() > 0 ? stage.getHeight() : 800;
        model = new MainViewModel();
        stage.setScene(new Scene(new MainView(model), 1024, 768));
        stage.show();
    }

    /**
     * Monocle's headless screen is 1280×800 for the whole test run, and painting a window wider or
     * taller than it overflows Monocle's frame buffer (Framebuffer.composePixels). These tests look
     * at layout, not pixels, so while a classroom-size window is larger than the screen that one
     * error is let pass; any other error on the FX thread still fails the test.
     */
    @BeforeEach
    void tolerateOversizePainting(FxRobot robot) {
        robot.interact(
                () ->
                        Thread.currentThread()
                                .setUncaughtExceptionHandler(
                                        (thread, error) -> {
                                            if (!isOversizePainting(error)) {
                                                Thread.getDefaultUncaughtExceptionHandler()
                                                        .uncaughtException(thread, error);
                                            }
                                        }));
    }

    private static boolean isOversizePainting(Throwable error) {
        for (Throwable e = error; e != null; e = e.getCause()) {
            if (e instanceof java.nio.BufferOverflowException) {
                for (StackTraceElement frame : e.getStackTrace()) {
                    if (frame.getClassName().equals("com.sun.glass.ui.monocle.Framebuffer")
                            && frame.getMethodName().equals("composePixels")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * The primary stage is shared with the test classes that run next: presenter off, within the
     * screen.
     */
    @AfterEach
    void restore(FxRobot robot) {
        robot.interact(() -> model.presenter().setActive(false));
        robot.interact(
                () -> {
                    stage.setWidth(stageWidth);
                    stage.setHeight(stageHeight);
                });
        ClassroomScreens.settle(robot, stage);
        robot.interact(() -> Thread.currentThread().setUncaughtExceptionHandler(null));
    }

    static Stream<Arguments> screens() {
        return ClassroomScreens.sizesAndPresenter();
    }

    static Stream<Arguments> matrixScreens() {
        List<Arguments> all = new ArrayList<>();
        for (Size size : List.of(new Size(1024, 768), new Size(1440, 900))) {
            all.add(Arguments.of(size, false));
            all.add(Arguments.of(size, true));
        }
        return all.stream();
    }

    private Parent lesson() {
        return (Parent) stage.getScene().getRoot().lookup("#parameters-view");
    }

    @ParameterizedTest(name = "{0}, presenter {1}")
    @MethodSource("screens")
    void theTableAndItsTotalsAreOnScreenWithNothingCut(
            Size size, boolean presenter, FxRobot robot) {
        ClassroomScreens.show(robot, stage, model, Lesson.PARAMETERS, size, presenter);
        robot.interact(
                () -> {
                    Scene scene = stage.getScene();
                    assertThat(scene.getWidth()).as("window width").isEqualTo(size.width());
                    assertThat(ClassroomScreens.notOnScreen(scene, KEY_NODES))
                            .as("key figures not wholly in view at %s", size)
                            .isEmpty();
                    assertThat(((Label) scene.getRoot().lookup("#dense-total")).getText())
                            .isEqualTo("608,850,137,136");
                    assertThat(((Label) scene.getRoot().lookup("#conv-weights")).getText())
                            .isEqualTo("225");
                    assertThat(ClassroomScreens.cutTexts(lesson()))
                            .as("texts cut short or broken inside a word")
                            .isEmpty();
                    assertThat(overlaps(scene)).as("blocks drawn over one another").isEmpty();
                    assertThat(crowdedTicks(scene))
                            .as("the chart's powers of ten running into one another")
                            .isEmpty();
                    ScrollPane page = (ScrollPane) scene.getRoot().lookup("#params-scroll");
                    // Never sideways: the page is exactly as wide as its viewport.
                    assertThat(page.getContent().getLayoutBounds().getWidth())
                            .as("page width")
                            .isLessThanOrEqualTo(page.getViewportBounds().getWidth() + 0.5);
                });
    }

    @ParameterizedTest(name = "{0}, presenter {1}")
    @MethodSource("screens")
    void theControlsAreASlimBarInPresenterModeAndTheTableIsBelowThem(
            Size size, boolean presenter, FxRobot robot) {
        ClassroomScreens.show(robot, stage, model, Lesson.PARAMETERS, size, presenter);
        robot.interact(
                () -> {
                    Node controls = stage.getScene().getRoot().lookup("#params-controls");
                    Node table = stage.getScene().getRoot().lookup("#params-table");
                    Bounds c = controls.localToScene(controls.getLayoutBounds());
                    Bounds t = table.localToScene(table.getLayoutBounds());
                    if (presenter) {
                        // A bar across the whole lesson above the table, at most three rows of
                        // controls.
                        Node top = stage.getScene().getRoot().lookup("#params-top");
                        assertThat(t.getMinY()).as("table top").isGreaterThanOrEqualTo(c.getMaxY());
                        assertThat(c.getWidth())
                                .as("width of the controls bar")
                                .isEqualTo(top.getLayoutBounds().getWidth());
                        assertThat(rowsOfControls())
                                .as("rows of controls in the bar")
                                .isBetween(1L, size.width() >= 1900 ? 2L : 3L);
                    } else {
                        // Beside the table or above it; either way not under it.
                        assertThat(c.getMinY()).as("controls top").isLessThanOrEqualTo(t.getMinY());
                    }
                    // Every number field keeps room for three digits and stays inside the controls'
                    // box.
                    List<String> squeezed = new ArrayList<>();
                    for (Node n : controls.lookupAll(".text-field")) {
                        TextField f = (TextField) n;
                        Bounds b = f.localToScene(f.getLayoutBounds());
                        if (f.isVisible()
                                && (f.getWidth() < 3.4 * f.getFont().getSize() - 0.5
                                        || b.getMinX() < c.getMinX() - 0.5
                                        || b.getMaxX() > c.getMaxX() + 0.5)) {
                            squeezed.add(f.getId() + ": " + b);
                        }
                    }
                    assertThat(squeezed)
                            .as("number fields squeezed or outside the controls (%s)", c)
                            .isEmpty();
                });
    }

    @org.junit.jupiter.api.Test
    void theTableIsLargerOnAWideStage(FxRobot robot) {
        double[] sizes = new double[3];
        ClassroomScreens.show(robot, stage, model, Lesson.PARAMETERS, new Size(1366, 768), true);
        robot.interact(
                () ->
                        sizes[0] =
                                ((Label) stage.getScene().getRoot().lookup("#dense-total"))
                                        .getFont()
                                        .getSize());
        ClassroomScreens.show(robot, stage, model, Lesson.PARAMETERS, new Size(1920, 1080), true);
        robot.interact(
                () ->
                        sizes[1] =
                                ((Label) stage.getScene().getRoot().lookup("#dense-total"))
                                        .getFont()
                                        .getSize());
        ClassroomScreens.show(robot, stage, model, Lesson.PARAMETERS, new Size(1920, 1080), false);
        robot.interact(
                () ->
                        sizes[2] =
                                ((Label) stage.getScene().getRoot().lookup("#dense-total"))
                                        .getFont()
                                        .getSize());
        // Presenter text is 21 px; a 1920-px stage has room for the table at 125 %, and beside the
        // chart.
        assertThat(sizes[0]).as("1366 px, presenting").isEqualTo(21.0);
        assertThat(sizes[1])
                .as("1920 px, presenting")
                .isCloseTo(26.25, org.assertj.core.data.Offset.offset(0.1));
        assertThat(sizes[2]).as("1920 px, windowed").isEqualTo(14.0);
        ClassroomScreens.show(robot, stage, model, Lesson.PARAMETERS, new Size(1920, 1080), true);
        robot.interact(
                () ->
                        assertThat(
                                        ((Reflow)
                                                        stage.getScene()
                                                                .getRoot()
                                                                .lookup("#params-figures"))
                                                .isStacked())
                                .as("table and chart one above the other")
                                .isFalse());
    }

    @ParameterizedTest(name = "{0}, presenter {1}")
    @MethodSource("matrixScreens")
    void theDenseMatrixShowsAllItsColumnsLabelled(Size size, boolean presenter, FxRobot robot) {
        ClassroomScreens.show(robot, stage, model, Lesson.PARAMETERS, size, presenter);
        DenseMatrixCanvas canvas = robot.lookup("#matrix-canvas").queryAs(DenseMatrixCanvas.class);
        scrollTo(robot, canvas);
        robot.interact(
                () -> {
                    int cols = model.parameters().matrix().getMatrix().cols();
                    assertThat(cols).isEqualTo(36);
                    assertThat(ClassroomScreens.notOnScreen(stage.getScene(), "#matrix-canvas"))
                            .as("matrix not wholly in view")
                            .isEmpty();
                    double cell = canvas.cellSize();
                    // The last column's right edge is inside the canvas, which is inside the
                    // window.
                    double lastRight = canvas.cellCentre(0, cols - 1).getX() + cell / 2;
                    assertThat(lastRight)
                            .as("right edge of column 36")
                            .isLessThanOrEqualTo(canvas.getWidth());
                    // Big enough to carry each entry's weight index, and every column and row
                    // labelled.
                    assertThat(cell)
                            .as("cell size")
                            .isGreaterThanOrEqualTo(DenseMatrixCanvas.MIN_TEXT_CELL);
                    assertThat(canvas.labelStep())
                            .as("a label on every row and column")
                            .isEqualTo(1);
                    assertThat(canvas.rowLabel(7)).isEqualTo("1,3");
                    assertThat(canvas.columnLabel(16)).isEqualTo("2,4");
                    assertThat(canvas.cellCentre(0, 0).getX())
                            .as("room left for the row labels")
                            .isGreaterThan(cell);
                    assertThat(canvas.cellCentre(0, 0).getY())
                            .as("room above for the column labels")
                            .isGreaterThan(cell);
                });
    }

    @ParameterizedTest(name = "{0}, presenter {1}")
    @MethodSource("screens")
    void theAnswerCheckersExplanationHasRoom(Size size, boolean presenter, FxRobot robot) {
        ClassroomScreens.show(robot, stage, model, Lesson.PARAMETERS, size, presenter);
        robot.interact(() -> model.parameters().answerTextProperty().set("176,930,550"));
        ClassroomScreens.settle(robot, stage);
        robot.interact(
                () -> {
                    Label message = (Label) stage.getScene().getRoot().lookup("#answer-message");
                    assertThat(message.getText()).contains("one long row");
                    assertThat(message.getWidth())
                            .as("width of the explanation")
                            .isGreaterThanOrEqualTo(MIN_ANSWER_WIDTH);
                    Node table = stage.getScene().getRoot().lookup("#params-table");
                    Bounds m = message.localToScene(message.getLayoutBounds());
                    Bounds t = table.localToScene(table.getLayoutBounds());
                    assertThat(m.getMinY())
                            .as("explanation below the table")
                            .isGreaterThan(t.getMaxY());
                    assertThat(
                                    ClassroomScreens.cutTexts(
                                            (Parent)
                                                    stage.getScene()
                                                            .getRoot()
                                                            .lookup("#params-answer")))
                            .isEmpty();
                });
    }

    /** How many rows the controls' groups are laid out in. */
    private long rowsOfControls() {
        Parent groups =
                (Parent) stage.getScene().getRoot().lookup("#params-controls .control-groups");
        // Each row starts at the left edge.
        return groups.getChildrenUnmodifiable().stream()
                .filter(Node::isManaged)
                .filter(n -> n.getBoundsInParent().getMinX() < 1)
                .count();
    }

    /** Scrolls the lesson so that {@code node}'s top is at the top of the viewport. */
    private void scrollTo(FxRobot robot, Node node) {
        robot.interact(
                () -> {
                    ScrollPane page =
                            (ScrollPane) stage.getScene().getRoot().lookup("#params-scroll");
                    double y =
                            page.getContent()
                                    .sceneToLocal(node.localToScene(node.getLayoutBounds()))
                                    .getMinY();
                    double room =
                            page.getContent().getLayoutBounds().getHeight()
                                    - page.getViewportBounds().getHeight();
                    page.setVvalue(room <= 0 ? 0 : Math.min(1, (y - 4) / room));
                });
        ClassroomScreens.settle(robot, stage);
    }

    /**
     * Tick labels of the chart's log axis that are hidden (the axis hides overlapping ones) or that
     * touch the next.
     */
    private static List<String> crowdedTicks(Scene scene) {
        List<String> crowded = new ArrayList<>();
        Parent axis = (Parent) scene.getRoot().lookup("#params-chart .axis:bottom");
        List<javafx.scene.text.Text> ticks =
                axis.getChildrenUnmodifiable().stream()
                        .filter(
                                n ->
                                        n instanceof javafx.scene.text.Text t
                                                && t.getText().startsWith("10"))
                        .map(n -> (javafx.scene.text.Text) n)
                        .sorted(
                                java.util.Comparator.comparingDouble(
                                        t -> t.getBoundsInParent().getMinX()))
                        .toList();
        assertThat(ticks).as("tick labels").hasSizeGreaterThanOrEqualTo(5);
        for (int i = 0; i < ticks.size(); i++) {
            javafx.scene.text.Text t = ticks.get(i);
            if (!t.isVisible()) {
                crowded.add(t.getText() + " hidden");
            } else if (i + 1 < ticks.size()
                    && ticks.get(i + 1).getBoundsInParent().getMinX()
                                    - t.getBoundsInParent().getMaxX()
                            < 0.4 * t.getFont().getSize()) {
                crowded.add(t.getText() + " against " + ticks.get(i + 1).getText());
            }
        }
        return crowded;
    }

    /** Each pair of the blocks that cover one another, as "a over b". */
    private static List<String> overlaps(Scene scene) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < BLOCKS.length; i++) {
            for (int j = i + 1; j < BLOCKS.length; j++) {
                Node a = scene.getRoot().lookup(BLOCKS[i]);
                Node b = scene.getRoot().lookup(BLOCKS[j]);
                Bounds ba = a.localToScene(a.getLayoutBounds());
                Bounds bb = b.localToScene(b.getLayoutBounds());
                double w =
                        Math.min(ba.getMaxX(), bb.getMaxX()) - Math.max(ba.getMinX(), bb.getMinX());
                double h =
                        Math.min(ba.getMaxY(), bb.getMaxY()) - Math.max(ba.getMinY(), bb.getMinY());
                if (w > 1 && h > 1) {
                    found.add(BLOCKS[i] + " " + ba + " over " + BLOCKS[j] + " " + bb);
                }
            }
        }
        return found;
    }
}
