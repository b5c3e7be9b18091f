package org.convlab.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class WindowPlacementTest {
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1920, 1050);
    private static final Rectangle2D PROJECTOR = new Rectangle2D(1920, 0, 1024, 768);

    @Test
    void aSavedPlaceOnAScreenThatIsStillThereIsKept() {
        Rectangle2D saved = new Rectangle2D(100, 80, 1200, 800);
        assertThat(WindowPlacement.place(saved, List.of(LAPTOP), 1400, 880)).isEqualTo(saved);
    }

    @Test
    void aWindowLeftOnTheProjectorComesBackCentredOnTheLaptop() {
        Rectangle2D saved = new Rectangle2D(2000, 10, 1000, 700);
        assertThat(WindowPlacement.place(saved, List.of(LAPTOP), 1400, 880))
                .isEqualTo(new Rectangle2D(260, 85, 1400, 880));
    }

    @Test
    void aWindowOnTheProjectorStaysThereWhileItIsConnected() {
        Rectangle2D saved = new Rectangle2D(2000, 10, 900, 700);
        assertThat(WindowPlacement.place(saved, List.of(LAPTOP, PROJECTOR), 1400, 880))
                .isEqualTo(saved);
    }

    @Test
    void aWindowBiggerThanItsScreenIsShrunkAndMovedOntoIt() {
        Rectangle2D saved = new Rectangle2D(1900, 10, 1400, 880);
        assertThat(WindowPlacement.place(saved, List.of(LAPTOP, PROJECTOR), 1400, 880))
                .isEqualTo(new Rectangle2D(1920, 0, 1024, 768));
    }

    @Test
    void withNothingSavedTheDefaultSizeFitsASmallScreen() {
        Rectangle2D small = new Rectangle2D(0, 0, 1280, 720);
        assertThat(WindowPlacement.place(null, List.of(small), 1400, 880)).isEqualTo(small);
    }
}
