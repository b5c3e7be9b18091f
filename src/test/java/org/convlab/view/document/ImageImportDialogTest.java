package org.convlab.view.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Slider;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.convlab.conv.Image;
import org.convlab.format.ImageImport;
import org.convlab.format.Picture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ImageImportDialogTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    /** Four grey levels in a row: white paper, light, dark and black ink. */
    private static Picture greys() throws Exception {
        BufferedImage img = new BufferedImage(4, 1, BufferedImage.TYPE_INT_RGB);
        int[] levels = {255, 180, 90, 0};
        for (int x = 0; x < 4; x++) {
            img.setRGB(x, 0, levels[x] * 0x010101);
        }
        return ImageImport.fromBuffered(img);
    }

    @Test
    void thresholdSliderDecidesWhichPixelsBecomeOne(FxRobot robot) throws Exception {
        Picture picture = greys();
        AtomicReference<ImageImportDialog> dialog = new AtomicReference<>();
        AtomicReference<Image> result = new AtomicReference<>();
        Platform.runLater(
                () -> {
                    ImageImportDialog d = new ImageImportDialog(stage, "greys.png", picture);
                    d.setOnHidden(e -> result.set(d.getResult()));
                    dialog.set(d);
                    d.show();
                });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#import-binary").queryAs(RadioButton.class).isSelected()).isTrue();
        Slider threshold = robot.lookup("#import-threshold").queryAs(Slider.class);
        assertThat(threshold.getValue()).isEqualTo(128);
        ImageView preview = robot.lookup("#import-preview").queryAs(ImageView.class);
        int cell = (int) preview.getImage().getWidth() / 4;
        // at 128: only the dark (90) and black pixels are ink
        assertThat(preview.getImage().getPixelReader().getArgb(cell + cell / 2, 0))
                .isEqualTo(0xFFFFFFFF);
        assertThat(preview.getImage().getPixelReader().getArgb(2 * cell + cell / 2, 0))
                .isEqualTo(0xFF000000);
        robot.interact(() -> threshold.setValue(200.4));
        assertThat(threshold.getValue()).as("whole levels only").isEqualTo(200);
        assertThat(preview.getImage().getPixelReader().getArgb(cell + cell / 2, 0))
                .isEqualTo(0xFF000000);
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(result.get().toArray()).containsExactly(0, 1, 1, 1);
    }

    @Test
    void colourChoiceGivesThreeChannels(FxRobot robot) throws Exception {
        Picture picture = greys();
        AtomicReference<Image> result = new AtomicReference<>();
        Platform.runLater(
                () -> {
                    ImageImportDialog d = new ImageImportDialog(stage, "greys.png", picture);
                    d.setOnHidden(e -> result.set(d.getResult()));
                    d.show();
                });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#import-rgb");
        assertThat(robot.lookup("#import-threshold").queryAs(Slider.class).isDisabled()).isTrue();
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(result.get().channels()).isEqualTo(3);
        assertThat(result.get().get(1, 0, 1)).isEqualTo(180 / 255.0);
    }

    @Test
    void largePictureIsReadAtEverySecondPixelAndTheHeaderSaysSo(
            FxRobot robot, @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        BufferedImage img = new BufferedImage(1500, 1500, BufferedImage.TYPE_BYTE_GRAY);
        for (int x = 0; x < 1500; x++) {
            img.getRaster().setSample(x, 0, 0, x % 2 == 0 ? 0 : 255);
        }
        java.nio.file.Path f = dir.resolve("large.png");
        assertThat(javax.imageio.ImageIO.write(img, "png", f.toFile())).isTrue();
        Picture picture = ImageImport.read(f);
        assertThat(picture.step()).isEqualTo(2);
        assertThat(picture.width()).isEqualTo(750);
        // every 2nd pixel of row 0 is an even column: all black
        assertThat(picture.luminance(0, 1)).isZero();
        AtomicReference<ImageImportDialog> dialog = new AtomicReference<>();
        Platform.runLater(
                () -> {
                    ImageImportDialog d = new ImageImportDialog(stage, "large.png", picture);
                    dialog.set(d);
                    d.show();
                });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.get().getHeaderText())
                .isEqualTo(
                        "Import large.png (750×750 pixels: every 2nd pixel of every 2nd row,"
                                + " as the whole picture is larger than the largest input) as the input");
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void ordinalsReadAsWords() {
        assertThat(java.util.List.of(2, 3, 4, 11, 12, 13, 21, 22))
                .extracting(ImageImportDialog::ordinal)
                .containsExactly("2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd");
    }
}
