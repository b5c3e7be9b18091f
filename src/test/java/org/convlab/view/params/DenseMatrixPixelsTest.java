package org.convlab.view.params;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.convlab.conv.DenseEquivalent;
import org.convlab.view.shared.TestSheets;
import org.convlab.viewmodel.DisplaySettings;
import org.convlab.viewmodel.params.MatrixViewModel;
import org.convlab.viewmodel.params.ParametersViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The colours and rule widths the dense matrix and the kernel legend paint, read back from
 * snapshots, in the normal look and with the high-contrast stylesheet as the main window applies
 * it.
 */
@ExtendWith(ApplicationExtension.class)
class DenseMatrixPixelsTest {
    private MatrixViewModel model;
    private DisplaySettings display;
    private DenseMatrixCanvas canvas;
    private KernelLegend legend;
    private Scene scene;

    /**
     * Two channels and two filters on a 6×6 input, so every kind of rule is drawn; 1200 px wide for
     * 16-pixel cells, and small enough for the screen earlier classroom tests leave.
     */
    @Start
    void start(Stage stage) {
        model = new ParametersViewModel().matrix();
        model.channels().setText("2");
        model.filters().setText("2");
        display = new DisplaySettings();
        canvas = new DenseMatrixCanvas(model, display);
        legend = new KernelLegend(model, display);
        scene = new Scene(new VBox(canvas, legend), 1200, 600);
        stage.setScene(scene);
        stage.sizeToScene();
        stage.show();
    }

    private Map<String, String> pixels(FxRobot robot) {
        robot.interact(() -> model.hover(1, 1));
        WaitForAsyncUtils.waitForFxEvents();
        PixelReader px = snapshot(robot, canvas);
        DenseEquivalent m = model.getMatrix();
        double cell = canvas.cellSize();
        Point2D zero = canvas.cellCentre(0, 70);
        assertThat(m.weightIndex(0, 70)).isNegative();
        Point2D weight = canvas.cellCentre(0, 0);
        // Rules lie on a cell's left edge: cell rule at column 1, image-row rule at 6, channel at
        // 36.
        Point2D ruleRow = canvas.cellCentre(20, 0);
        int y = (int) ruleRow.getY();
        int gridLeft = (int) Math.round(weight.getX() - cell / 2);
        int gridTop = (int) Math.round(weight.getY() - cell / 2);
        Map<String, String> at = new LinkedHashMap<>();
        at.put("cell size", Integer.toString((int) cell));
        at.put("paper", hex(px.getArgb((int) zero.getX(), (int) zero.getY())));
        at.put("weight 0", hex(px.getArgb(gridLeft + 3, gridTop + 3)));
        at.put("cell rule", hex(px.getArgb(gridLeft + (int) cell, y)));
        at.put("image rule", hex(px.getArgb(gridLeft + 6 * (int) cell, y)));
        at.put("image rule+1", hex(px.getArgb(gridLeft + 6 * (int) cell + 1, y)));
        at.put("channel rule-1", hex(px.getArgb(gridLeft + 36 * (int) cell - 1, y)));
        at.put("channel rule+1", hex(px.getArgb(gridLeft + 36 * (int) cell + 1, y)));
        at.put("frame+1", hex(px.getArgb(gridLeft + 1, y)));
        Point2D hoverBand = canvas.cellCentre(1, 70);
        at.put("hover band", hex(px.getArgb((int) hoverBand.getX(), (int) hoverBand.getY())));
        Point2D hover = canvas.cellCentre(1, 1);
        at.put(
                "hover cell",
                hex(px.getArgb((int) (hover.getX() - cell / 2 + 1), (int) hover.getY())));
        int darkest = 0xFFFFFF;
        for (int x = 0; x < gridLeft - 1; x++) {
            for (int yy = gridTop; yy < gridTop + (int) cell; yy++) {
                darkest = Math.min(darkest, px.getArgb(x, yy) & 0xFF);
            }
        }
        at.put("darkest row label", Integer.toString(darkest));
        legendBorder(robot, at, "legend", model.getHoverWeight() + 1);
        legendBorder(robot, at, "hovered legend", model.getHoverWeight());
        return at;
    }

    private static void legendBorder(FxRobot robot, Map<String, String> at, String name, int k) {
        Node legendCell = robot.lookup("#legend-w-" + k).query();
        PixelReader px = snapshot(robot, legendCell);
        int mid = (int) (legendCell.getLayoutBounds().getHeight() / 2);
        for (int x = 0; x < 4; x++) {
            at.put(name + " x" + x, hex(px.getArgb(x, mid)));
        }
    }

    private static PixelReader snapshot(FxRobot robot, Node node) {
        PixelReader[] out = new PixelReader[1];
        robot.interact(() -> out[0] = node.snapshot(null, null).getPixelReader());
        return out[0];
    }

    private static String hex(int argb) {
        return Integer.toHexString(argb);
    }

    @Test
    void paintsTheNormalColours(FxRobot robot) {
        assertThat(pixels(robot).toString())
                .isEqualTo(
                        "{cell size=16, paper=ffffffff, weight 0=ffcc6677, cell rule=ffc7c7c7,"
                                + " image rule=ff8c8c8c, image rule+1=ffc56979,"
                                + " channel rule-1=ff7f7f7f, channel rule+1=ff7f7f7f,"
                                + " frame+1=ffffffff, hover band=ffebebeb, hover cell=ff141414,"
                                + " darkest row label=51, legend x0=ff555555, legend x1=ff332288,"
                                + " legend x2=ff332288, legend x3=ff332288,"
                                + " hovered legend x0=ff000000, hovered legend x1=ff000000,"
                                + " hovered legend x2=ff000000, hovered legend x3=ffcc6677}");
    }

    @Test
    void aStylesheetThatSetsTheColoursRepaintsTheMatrix(FxRobot robot) {
        String yellow =
                TestSheets.of(
                        (".matrix-canvas { -cl-paper: #FFFF00;" + " -cl-channel-rule: #0000FF; }"));
        robot.interact(() -> scene.getStylesheets().add(yellow));
        try {
            WaitForAsyncUtils.waitForFxEvents();
            Map<String, String> at = pixels(robot);
            assertThat(at.get("paper")).isEqualTo("ffffff00");
            // Half of the 2-pixel channel rule covers the pixel left of it: blue half over yellow
            // (it was black over white, 7f7f7f).
            assertThat(at.get("channel rule-1")).isEqualTo("ff7f7f80");
        } finally {
            robot.interact(() -> scene.getStylesheets().remove(yellow));
        }
    }

    @Test
    void paintsTheHighContrastColours(FxRobot robot) {
        TestSheets.highContrast(robot, scene, display, true);
        try {
            assertThat(pixels(robot).toString())
                    .isEqualTo(
                            "{cell size=16, paper=ffffffff, weight 0=ffcc6677,"
                                    + " cell rule=ff818181, image rule=ff333333,"
                                    + " image rule+1=ff7f4c54, channel rule-1=ff000000,"
                                    + " channel rule+1=ff000000, frame+1=ff7f7f7f,"
                                    + " hover band=ffebebeb, hover cell=ff000000,"
                                    + " darkest row label=0, legend x0=ff555555,"
                                    + " legend x1=ff555555, legend x2=ff332288,"
                                    + " legend x3=ff332288, hovered legend x0=ff000000,"
                                    + " hovered legend x1=ff000000, hovered legend x2=ff000000,"
                                    + " hovered legend x3=ff000000}");
        } finally {
            TestSheets.highContrast(robot, scene, display, false);
        }
    }
}
