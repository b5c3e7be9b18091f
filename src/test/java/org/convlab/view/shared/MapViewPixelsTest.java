package org.convlab.view.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.convlab.conv.Window;
import org.convlab.viewmodel.DisplaySettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The colours a map paints, read back from a snapshot at known places: cells of each style, grid
 * lines, the frame, an outline's halo and label, a mark's halo, a blank cell, in the normal look
 * and with the high-contrast stylesheet (as the main window applies it).
 */
@ExtendWith(ApplicationExtension.class)
class MapViewPixelsTest {
    private MapView map;
    private DisplaySettings display;
    private Scene scene;

    /** A 4×4 map in a 200×200 window: 50-pixel cells starting at (0, 0). */
    @Start
    void start(Stage stage) {
        display = new DisplaySettings();
        map = new MapView(display);
        scene = new Scene(new StackPane(map), 200, 200);
        stage.setScene(scene);
        stage.sizeToScene();
        stage.show();
    }

    private Map<String, Integer> heatMapPixels(FxRobot robot) {
        robot.interact(
                () -> {
                    map.setShowValues(false);
                    map.setData(
                            new double[] {4, -4, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -1},
                            4,
                            4,
                            MapView.Style.DIVERGING);
                    boolean[] blank = new boolean[16];
                    blank[15] = true;
                    map.setBlank(blank);
                    map.setOutlines(
                            List.of(
                                    new MapView.Outline(
                                            new Window(1, 1, 2, 2), OutlineRole.PEAK, false, "A")));
                    map.setMarks(List.of(new MapView.Mark(3, 0, Color.BLUE, false)));
                });
        WaitForAsyncUtils.waitForFxEvents();
        PixelReader px = snapshot(robot);
        Map<String, Integer> at = new LinkedHashMap<>();
        at.put("positive", px.getArgb(25, 20));
        at.put("negative", px.getArgb(75, 20));
        at.put("zero", px.getArgb(125, 20));
        at.put("half positive", px.getArgb(175, 20));
        at.put("blank", px.getArgb(175, 170));
        at.put("grid line", px.getArgb(150, 20));
        at.put("frame", px.getArgb(0, 20));
        // A 2-pixel outline (3 in high contrast) on a halo 2 pixels wider, on the edge x = 50.
        at.put("outline halo", px.getArgb(48, 75));
        at.put("outline", px.getArgb(50, 75));
        at.put("label background", px.getArgb(50, 40));
        at.put("mark halo", px.getArgb(25, 175));
        return at;
    }

    private Map<String, Integer> binaryPixels(FxRobot robot) {
        robot.interact(
                () -> {
                    map.setOutlines(List.of());
                    map.setMarks(List.of());
                    map.setBlank(null);
                    map.setData(
                            new double[] {0, 1, 0.5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0},
                            4,
                            4,
                            MapView.Style.BINARY);
                });
        WaitForAsyncUtils.waitForFxEvents();
        PixelReader px = snapshot(robot);
        Map<String, Integer> at = new LinkedHashMap<>();
        at.put("paper", px.getArgb(25, 20));
        at.put("ink", px.getArgb(75, 20));
        at.put("half", px.getArgb(125, 20));
        return at;
    }

    private PixelReader snapshot(FxRobot robot) {
        PixelReader[] out = new PixelReader[1];
        robot.interact(() -> out[0] = map.snapshot(null, null).getPixelReader());
        return out[0];
    }

    /**
     * A slide step changes one cell's blankness: only its row is coloured and sent to the screen
     * again, and the picture is the one a repaint from scratch gives.
     */
    @Test
    void aChangedBlankCellRepaintsAsAFreshPictureWould(FxRobot robot) {
        Map<String, Integer> first = heatMapPixels(robot);
        boolean[] next = new boolean[16];
        next[0] = true;
        robot.interact(() -> map.setBlank(next));
        WaitForAsyncUtils.waitForFxEvents();
        int[] stepped = pixels(snapshot(robot));
        robot.interact(
                () -> {
                    map.setBlank(null);
                    map.setBlank(next.clone());
                });
        WaitForAsyncUtils.waitForFxEvents();
        int[] fresh = pixels(snapshot(robot));
        assertThat(stepped).isEqualTo(fresh);
        assertThat(stepped[20 * 200 + 25]).as("cell 0, now blank").isEqualTo(first.get("blank"));
        assertThat(stepped[170 * 200 + 175])
                .as("cell 15, no longer blank")
                .isNotEqualTo(first.get("blank"))
                .isNotEqualTo(first.get("zero"));
    }

    private static int[] pixels(PixelReader px) {
        int[] out = new int[200 * 200];
        for (int y = 0; y < 200; y++) {
            for (int x = 0; x < 200; x++) {
                out[y * 200 + x] = px.getArgb(x, y);
            }
        }
        return out;
    }

    @Test
    void paintsTheNormalColours(FxRobot robot) {
        assertThat(hex(heatMapPixels(robot)))
                .isEqualTo(
                        "{positive=ffc25a00, negative=ff1f5fa8, zero=ffd0d0d0,"
                                + " half positive=ffc99568, blank=fff7f7f7, grid line=ffc6c6c6,"
                                + " frame=ff999999, outline halo=ffffffff, outline=ffe41a1c,"
                                + " label background=ffffffff, mark halo=ffffffff}");
        assertThat(hex(binaryPixels(robot)))
                .isEqualTo("{paper=ffffffff, ink=ff000000, half=ff808080}");
    }

    @Test
    void paintsTheHighContrastColours(FxRobot robot) {
        TestSheets.highContrast(robot, scene, display, true);
        try {
            assertThat(hex(heatMapPixels(robot)))
                    .isEqualTo(
                            "{positive=ffc25a00, negative=ff1f5fa8, zero=ffd0d0d0,"
                                    + " half positive=ffc99568, blank=fff7f7f7,"
                                    + " grid line=ff595959, frame=ff000000,"
                                    + " outline halo=ff800000, outline=ffff0000,"
                                    + " label background=ffffffff, mark halo=ffffffff}");
            assertThat(hex(binaryPixels(robot)))
                    .isEqualTo("{paper=ffffffff, ink=ff000000, half=ff808080}");
        } finally {
            TestSheets.highContrast(robot, scene, display, false);
        }
    }

    @Test
    void aStylesheetThatSetsThePositiveColourRepaintsTheMap(FxRobot robot) {
        assertThat(hex(heatMapPixels(robot))).contains("positive=ffc25a00");
        String green = TestSheets.of(".map-view { -cl-positive: #00FF00; -cl-ink: #0000FF; }");
        robot.interact(() -> scene.getStylesheets().add(green));
        try {
            Map<String, Integer> heat = heatMapPixels(robot);
            assertThat(Integer.toHexString(heat.get("positive"))).isEqualTo("ff00ff00");
            // Half way from the middle grey to the new end, not to the old one.
            assertThat(Integer.toHexString(heat.get("half positive"))).isEqualTo("ff68e868");
            assertThat(map.drawnArgb(0, 0)).isEqualTo(0xFF00FF00);
            assertThat(Integer.toHexString(binaryPixels(robot).get("ink"))).isEqualTo("ff0000ff");
        } finally {
            robot.interact(() -> scene.getStylesheets().remove(green));
        }
        assertThat(hex(heatMapPixels(robot))).contains("positive=ffc25a00");
    }

    @Test
    void outlinesTakeTheirRolesColourFromTheStylesheet(FxRobot robot) {
        String peak = TestSheets.of(".map-view { -cl-peak: #123456; }");
        robot.interact(() -> scene.getStylesheets().add(peak));
        try {
            assertThat(Integer.toHexString(heatMapPixels(robot).get("outline")))
                    .isEqualTo("ff123456");
            // High contrast comes after the page's own sheets, so its peak colour wins.
            TestSheets.highContrast(robot, scene, display, true);
            assertThat(Integer.toHexString(heatMapPixels(robot).get("outline")))
                    .isEqualTo("ffff0000");
            TestSheets.highContrast(robot, scene, display, false);
            // A colour the caller gives (a filter's own) is not the stylesheet's to change.
            robot.interact(
                    () ->
                            map.setOutlines(
                                    List.of(
                                            new MapView.Outline(
                                                    new Window(1, 1, 2, 2),
                                                    Color.web("#7b3294"),
                                                    false,
                                                    ""))));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(Integer.toHexString(snapshot(robot).getArgb(50, 75))).isEqualTo("ff7b3294");
        } finally {
            robot.interact(() -> scene.getStylesheets().remove(peak));
        }
        assertThat(Integer.toHexString(heatMapPixels(robot).get("outline"))).isEqualTo("ffe41a1c");
    }

    @Test
    void everyOutlineRoleHasAStylesheetColourThatHighContrastChanges(FxRobot robot) {
        Map<OutlineRole, Color> normal = outlineColours(robot);
        TestSheets.highContrast(robot, scene, display, true);
        try {
            Map<OutlineRole, Color> high = outlineColours(robot);
            assertThat(normal.keySet()).hasSize(OutlineRole.values().length - 1);
            normal.forEach(
                    (role, colour) -> {
                        // A role missing from map-view.css would keep the transparent placeholder.
                        assertThat(colour.getOpacity()).as(role.name()).isEqualTo(1.0);
                        assertThat(high.get(role)).as(role.name()).isNotEqualTo(colour);
                    });
        } finally {
            TestSheets.highContrast(robot, scene, display, false);
        }
    }

    /** The colour each role's outline is drawn in under the current stylesheets. */
    private Map<OutlineRole, Color> outlineColours(FxRobot robot) {
        Map<OutlineRole, Color> out = new EnumMap<>(OutlineRole.class);
        robot.interact(
                () -> {
                    map.applyCss();
                    for (OutlineRole role : OutlineRole.values()) {
                        if (role != OutlineRole.GIVEN) {
                            out.put(
                                    role,
                                    map.colours()
                                            .outline(
                                                    new MapView.Outline(
                                                            new Window(0, 0, 1, 1),
                                                            role,
                                                            false,
                                                            "")));
                        }
                    }
                });
        return out;
    }

    static String hex(Map<String, Integer> pixels) {
        Map<String, String> out = new LinkedHashMap<>();
        pixels.forEach((k, v) -> out.put(k, Integer.toHexString(v)));
        return out.toString();
    }
}
