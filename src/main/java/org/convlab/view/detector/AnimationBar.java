package org.convlab.view.detector;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.convlab.conv.NumberText;
import org.convlab.view.shared.Presenting;
import org.convlab.viewmodel.DisplaySettings;
import org.convlab.viewmodel.detector.SlideAnimation;

/** Play, step and scrub the kernel's slide over the input. */
final class AnimationBar extends HBox {
    private final SlideAnimation animation;
    private final Slider scrub = new Slider(0, 1, 1);
    private final Slider speed = new Slider(0, 1, 0);
    private final Label position = new Label();
    private final Label speedLabel = new Label();
    private final Button play = new Button("▶ Slide");
    private boolean updating;
    private final DisplaySettings display;

    AnimationBar(SlideAnimation animation, DisplaySettings display) {
        super(6);
        this.animation = animation;
        this.display = display;
        display.presentingProperty().addListener((o, was, now) -> update());
        setId("animation-bar");
        getStyleClass().add("animation-bar");
        // The bar itself takes focus (its buttons do not), so after a click on it Space, ← → Home
        // End
        // drive the slide rather than the button or the image.
        setFocusTraversable(true);
        addEventFilter(MouseEvent.MOUSE_PRESSED, e -> requestFocus());
        setAlignment(Pos.CENTER_LEFT);
        Button home =
                button("|◀ First", "animation-home", "First position (Home)", animation::home);
        Button back = button("◀ Back", "animation-back", "One position back (←)", animation::back);
        play.setId("animation-play");
        play.setFocusTraversable(false);
        play.setMinWidth(Region.USE_PREF_SIZE);
        play.setTooltip(new Tooltip("Play or pause the slide (Space)"));
        play.setOnAction(e -> animation.togglePlay());
        Button step =
                button("Step ▶", "animation-step", "One position forward (→)", animation::step);
        Button end = button("End ▶|", "animation-end", "Finished maps (End)", animation::end);
        scrub.setId("animation-scrub");
        scrub.setBlockIncrement(1);
        scrub.setMajorTickUnit(1);
        scrub.setSnapToTicks(true);
        scrub.setFocusTraversable(false);
        HBox.setHgrow(scrub, Priority.ALWAYS);
        scrub.setMaxWidth(Double.MAX_VALUE);
        scrub.valueProperty()
                .addListener(
                        (o, a, b) -> {
                            if (!updating) {
                                animation.pause();
                                animation.seek((int) Math.round(b.doubleValue()));
                            }
                        });
        speed.setId("animation-speed");
        speed.setPrefWidth(120);
        speed.setFocusTraversable(false);
        // 1 to 240 positions per second on a logarithmic slider.
        speed.setValue(Math.log(animation.getSpeed()) / Math.log(240));
        speed.valueProperty()
                .addListener(
                        (o, a, b) ->
                                animation.setSpeed(
                                        Math.max(1, Math.round(Math.pow(240, b.doubleValue())))));
        speedLabel.setId("animation-speed-label");
        position.setId("animation-position");
        // Texts keep their whole width; the scrub slider is what gives way on a narrow or enlarged
        // screen.
        position.setMinWidth(Region.USE_PREF_SIZE);
        speedLabel.setMinWidth(Region.USE_PREF_SIZE);
        scrub.setMinWidth(60);
        speed.setMinWidth(60);
        Label speedTitle = new Label("speed");
        speedTitle.setMinWidth(Region.USE_PREF_SIZE);
        getChildren()
                .addAll(
                        home,
                        back,
                        play,
                        step,
                        end,
                        scrub,
                        position,
                        speedTitle,
                        speed,
                        speedLabel);
        // On the stage the slide is stepped with the buttons and keys, not scrubbed or timed: those
        // controls give their width to the maps.
        Presenting.hideWhile(display, scrub, speedTitle, speed, speedLabel);
        animation.positionProperty().addListener((o, a, b) -> update());
        animation.countProperty().addListener((o, a, b) -> update());
        animation.playingProperty().addListener((o, a, b) -> update());
        animation.speedProperty().addListener((o, a, b) -> update());
        update();
    }

    private Button button(String text, String id, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setFocusTraversable(false);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        // the slider gives way first; a button cut to "…" hides what it does
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    Slider scrub() {
        return scrub;
    }

    private void update() {
        updating = true;
        try {
            scrub.setMax(Math.max(1, animation.getCount() - 1));
            scrub.setValue(animation.getPosition());
        } finally {
            updating = false;
        }
        play.setText(animation.isPlaying() ? "❚❚ Pause" : "▶ Slide");
        String cell = "row " + animation.row() + ", column " + animation.col();
        // On the stage the bar shares the top row with the scenes: the cell is what the class
        // reads.
        position.setText(
                display.isPresenting()
                        ? cell
                        : NumberText.grouped(animation.getPosition() + 1)
                                + " of "
                                + NumberText.grouped(animation.getCount())
                                + " · "
                                + cell);
        speedLabel.setText(NumberText.exact(animation.getSpeed()) + "/s");
    }
}
