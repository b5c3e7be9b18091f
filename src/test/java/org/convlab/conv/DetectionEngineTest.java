package org.convlab.conv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Incremental updates against a full {@link Detection#of} after every dab, on random workspaces:
 * all modes, paddings, strides, dilations, flips, activations, gains and offsets, dabs anywhere
 * including across the borders. Updates must agree to the bit, on integer and on real data.
 */
class DetectionEngineTest {
    @Test
    void dabsOnRandomIntegerWorkspacesGiveExactlyTheFullDetection() {
        runRandomSessions(21, true, 400);
    }

    @Test
    void dabsOnRandomRealWorkspacesGiveExactlyTheFullDetection() {
        runRandomSessions(22, false, 400);
    }

    @Test
    void dabsMixingWholeAndFractionalValuesGiveExactlyTheFullDetection() {
        // NCC's form is chosen window by window, so fractional dabs on a whole-number image
        // (and whole dabs over them) must still match a full run to the bit.
        runRandomSessions(33, true, 400, true);
    }

    @Test
    void dabsOnALargeBinaryImageWithTwoFiltersGiveExactlyTheFullDetection() {
        RandomCases r = new RandomCases(23);
        Image img = r.image(300, 280, 1, true);
        List<FilterSpec> bank =
                List.of(
                        FilterSpec.plain("A", r.filter(5, 5, 1, true)),
                        new FilterSpec("B", r.filter(5, 5, 1, true), -1, 2, 1));
        DetectionEngine engine = new DetectionEngine();
        Workspace ws = Workspace.of(img, bank);
        engine.reset(ws);
        for (int step = 0; step < 40; step++) {
            Window dab = new Window(r.random().nextInt(300) - 1, r.random().nextInt(280) - 1, 3, 3);
            ws = ws.withImage(painted(ws.image(), dab, r, true, false));
            assertSame(engine.update(ws, dab), Detection.of(ws), "step " + step);
        }
    }

    @Test
    void earlierDetectionsStayAsTheyWereAfterUpdates() {
        RandomCases r = new RandomCases(24);
        Workspace ws =
                Workspace.of(
                        r.image(30, 30, 1, true),
                        List.of(FilterSpec.plain("A", r.filter(3, 3, 1, true))));
        DetectionEngine engine = new DetectionEngine();
        Detection first = engine.reset(ws);
        double[] mapBefore = first.responses().get(0).toArray();
        double[] combinedBefore = first.combined().toArray();
        Argmax argmaxBefore = first.argmax();
        for (int step = 0; step < 20; step++) {
            Window dab = new Window(r.random().nextInt(30), r.random().nextInt(30), 3, 3);
            ws = ws.withImage(painted(ws.image(), dab, r, true, false));
            engine.update(ws, dab);
        }
        assertThat(first.responses().get(0).toArray()).isEqualTo(mapBefore);
        assertThat(first.combined().toArray()).isEqualTo(combinedBefore);
        assertThat(first.combined().argmax().max()).isEqualTo(argmaxBefore.max());
        assertThat(engine.current().combined().toArray()).isNotEqualTo(combinedBefore);
    }

    @Test
    void changedFiltersOrSettingsAreRecomputedInFull() {
        RandomCases r = new RandomCases(25);
        Workspace ws =
                Workspace.of(
                        r.image(20, 20, 1, true),
                        List.of(FilterSpec.plain("A", r.filter(3, 3, 1, true))));
        DetectionEngine engine = new DetectionEngine();
        engine.reset(ws);
        Workspace other = ws.withFilter(0, FilterSpec.plain("A", r.filter(3, 3, 1, true)));
        assertSame(
                engine.update(other, new Window(0, 0, 1, 1)), Detection.of(other), "new weights");
        Workspace same = other.withConvolution(ConvSettings.DEFAULT.withPadding(Padding.SAME));
        assertSame(engine.update(same, new Window(0, 0, 1, 1)), Detection.of(same), "new padding");
        Workspace ncc = same.withMatching(MatchMode.NCC);
        assertSame(engine.update(ncc, null), Detection.of(ncc), "no window");
    }

    @Test
    void aDabOutsideTheImageChangesNothing() {
        RandomCases r = new RandomCases(26);
        Workspace ws =
                Workspace.of(
                        r.image(10, 10, 1, true),
                        List.of(FilterSpec.plain("A", r.filter(3, 3, 1, true))));
        DetectionEngine engine = new DetectionEngine();
        Detection d = engine.reset(ws);
        assertThat(engine.update(ws, new Window(-5, -5, 3, 3))).isSameAs(d);
    }

    @Test
    void aWindowThatMissesTheChangeIsCaughtWhenAssertionsAreOn() {
        RandomCases r = new RandomCases(27);
        Workspace ws =
                Workspace.of(
                        r.image(10, 10, 1, true),
                        List.of(FilterSpec.plain("A", r.filter(3, 3, 1, true))));
        DetectionEngine engine = new DetectionEngine();
        engine.reset(ws);
        double[] d = ws.image().toArray();
        d[99] = 5;
        Workspace next = ws.withImage(Image.of(10, 10, 1, d));
        assertThatThrownBy(() -> engine.update(next, new Window(0, 0, 2, 2)))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void affectedCellsCoverEveryWindowThatMeetsTheChange() {
        RandomCases r = new RandomCases(28);
        for (int k = 0; k < 2000; k++) {
            ConvSettings s = r.settings();
            int h = 1 + r.random().nextInt(20);
            int w = 1 + r.random().nextInt(20);
            Geometry g;
            try {
                g = Geometry.of(h, w, 1 + r.random().nextInt(5), 1 + r.random().nextInt(5), s);
            } catch (IllegalArgumentException tooLarge) {
                continue;
            }
            int top = r.random().nextInt(h);
            int left = r.random().nextInt(w);
            int bottom = top + 1 + r.random().nextInt(h - top);
            int right = left + 1 + r.random().nextInt(w - left);
            int[] rect = DetectionEngine.affected(g, top, left, bottom, right);
            Window change = new Window(top, left, bottom - top, right - left);
            for (int y = 0; y < g.outHeight(); y++) {
                for (int x = 0; x < g.outWidth(); x++) {
                    boolean inRect = y >= rect[0] && y < rect[1] && x >= rect[2] && x < rect[3];
                    if (g.window(y, x).overlaps(change)) {
                        assertThat(inRect)
                                .as("%s cell (%d, %d) change %s", g, y, x, change)
                                .isTrue();
                    }
                }
            }
        }
    }

    private static void runRandomSessions(long seed, boolean integer, int sessions) {
        runRandomSessions(seed, integer, sessions, false);
    }

    private static void runRandomSessions(long seed, boolean integer, int sessions, boolean mixed) {
        RandomCases r = new RandomCases(seed);
        int run = 0;
        for (int k = 0; k < sessions; k++) {
            int c = 1 + r.random().nextInt(3);
            int h = 1 + r.random().nextInt(24);
            int w = 1 + r.random().nextInt(24);
            int kh = 1 + r.random().nextInt(4);
            int kw = 1 + r.random().nextInt(4);
            Workspace ws =
                    new Workspace(
                            r.image(h, w, c, integer),
                            r.bank(kh, kw, c, integer),
                            r.settings(),
                            r.mode(),
                            r.activation(),
                            null);
            DetectionEngine engine = new DetectionEngine();
            try {
                engine.reset(ws);
            } catch (IllegalArgumentException noOutput) {
                continue;
            }
            run++;
            for (int step = 0; step < 12; step++) {
                int size =
                        r.random().nextInt(6) == 0
                                ? 1 + r.random().nextInt(Math.max(h, w))
                                : 1 + r.random().nextInt(3);
                Window dab =
                        new Window(
                                r.random().nextInt(h + 4) - 2,
                                r.random().nextInt(w + 4) - 2,
                                size,
                                size);
                ws = ws.withImage(painted(ws.image(), dab, r, integer, mixed));
                assertSame(
                        engine.update(ws, dab),
                        Detection.of(ws),
                        ws.convolution() + " " + ws.matching() + " step " + step);
            }
        }
        assertThat(run).isGreaterThan(sessions / 3);
    }

    /** The image with the cells of {@code dab} (clipped) set to new random values. */
    private static Image painted(
            Image img, Window dab, RandomCases r, boolean integer, boolean mixed) {
        boolean fractional = mixed && r.random().nextBoolean();
        double[] d = img.toArray();
        for (int c = 0; c < img.channels(); c++) {
            for (int y = Math.max(0, dab.top());
                    y < Math.min(img.height(), dab.top() + dab.height());
                    y++) {
                for (int x = Math.max(0, dab.left());
                        x < Math.min(img.width(), dab.left() + dab.width());
                        x++) {
                    d[(c * img.height() + y) * img.width() + x] =
                            fractional ? 0.5 : integer ? r.random().nextInt(2) : r.value(false);
                }
            }
        }
        return Image.of(img.height(), img.width(), img.channels(), d);
    }

    static void assertSame(Detection actual, Detection expected, String what) {
        assertThat(actual.responses()).hasSameSizeAs(expected.responses());
        for (int k = 0; k < expected.responses().size(); k++) {
            assertThat(actual.responses().get(k).toArray())
                    .as(what + " map " + k)
                    .isEqualTo(expected.responses().get(k).toArray());
        }
        CombinedMap a = actual.combined();
        CombinedMap e = expected.combined();
        assertThat(new int[] {a.top(), a.left(), a.height(), a.width()})
                .as(what)
                .containsExactly(e.top(), e.left(), e.height(), e.width());
        assertThat(a.toArray()).as(what + " combined").isEqualTo(e.toArray());
        assertThat(Double.doubleToRawLongBits(actual.argmax().max()))
                .as(what + " max")
                .isEqualTo(Double.doubleToRawLongBits(expected.argmax().max()));
        assertThat(new int[] {actual.argmax().row(), actual.argmax().col()})
                .as(what + " argmax")
                .containsExactly(expected.argmax().row(), expected.argmax().col());
        assertThat(actual.argmax().ties())
                .as(what + " ties")
                .containsExactlyElementsOf(expected.argmax().ties());
        assertThat(actual.window()).as(what).isEqualTo(expected.window());
    }
}
