package org.convlab.view.document;

import java.awt.image.BufferedImage;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.convlab.conv.Image;
import org.convlab.format.MapPicture;
import org.convlab.format.Picture;

/**
 * How an imported picture becomes the input: black and white at a threshold (with a live preview of
 * which pixels become 1), grey levels 0–255, or colour as three channels 0–255.
 */
public final class ImageImportDialog extends Dialog<Image> {
    static final int PREVIEW = 256;

    private final Picture picture;
    private final RadioButton binary = new RadioButton("Black and white: 1 and 0 at a threshold");
    private final RadioButton gray =
            new RadioButton("Shades of grey: white 0 to black 1 (1 channel)");
    private final RadioButton rgb =
            new RadioButton("Colour: red, green, blue, each level ÷ 255 (3 channels)");
    private final Slider threshold = new Slider(0, 255, 128);
    private final CheckBox darkIsOne =
            new CheckBox("Dark pixels are 1 (strokes drawn on white paper)");
    private final Label thresholdValue = new Label();
    private final WritableImage preview;

    public ImageImportDialog(Window owner, String fileName, Picture picture) {
        this.picture = Objects.requireNonNull(picture);
        initOwner(owner);
        setTitle("Import Image");
        setHeaderText(
                "Import "
                        + fileName
                        + " ("
                        + picture.width()
                        + "×"
                        + picture.height()
                        + " pixels"
                        + (picture.step() > 1
                                ? ": every "
                                        + ordinal(picture.step())
                                        + " pixel of every "
                                        + ordinal(picture.step())
                                        + " row, as the whole picture is larger than the largest input"
                                : "")
                        + ") as the input");
        getDialogPane().setId("image-import-dialog");
        getDialogPane()
                .getStylesheets()
                .add(
                        Objects.requireNonNull(
                                        ImageImportDialog.class.getResource(
                                                "image-import-dialog.css"))
                                .toExternalForm());

        ToggleGroup group = new ToggleGroup();
        for (RadioButton r : new RadioButton[] {binary, gray, rgb}) {
            r.setToggleGroup(group);
        }
        binary.setId("import-binary");
        gray.setId("import-gray");
        rgb.setId("import-rgb");
        (picture.isGray() ? binary : rgb).setSelected(true);
        threshold.setId("import-threshold");
        threshold.setMajorTickUnit(64);
        threshold.setShowTickMarks(true);
        threshold.setBlockIncrement(1);
        threshold
                .valueProperty()
                .addListener((o, a, b) -> threshold.setValue(Math.round(b.doubleValue())));
        threshold.disableProperty().bind(binary.selectedProperty().not());
        darkIsOne.disableProperty().bind(binary.selectedProperty().not());
        darkIsOne.setSelected(true);
        darkIsOne.setId("import-dark-is-one");
        thresholdValue
                .textProperty()
                .bind(
                        Bindings.format(
                                "Threshold %d",
                                Bindings.createIntegerBinding(
                                        () -> (int) threshold.getValue(),
                                        threshold.valueProperty())));

        int scale = Math.max(1, PREVIEW / Math.max(picture.width(), picture.height()));
        int pw = Math.min(PREVIEW, picture.width() * scale);
        int ph = Math.min(PREVIEW, picture.height() * scale);
        preview = new WritableImage(Math.max(1, pw), Math.max(1, ph));
        ImageView original = new ImageView(SwingFXUtils.toFXImage(toBuffered(), null));
        original.setFitWidth(PREVIEW);
        original.setFitHeight(PREVIEW);
        original.setPreserveRatio(true);
        original.setSmooth(false);
        ImageView result = new ImageView(preview);
        result.setFitWidth(PREVIEW);
        result.setFitHeight(PREVIEW);
        result.setPreserveRatio(true);
        result.setSmooth(false);
        result.setId("import-preview");

        Label note =
                new Label(
                        picture.width() * picture.height() > 512 * 512
                                ? "Pictures larger than 512×512 make every edit slower; a smaller picture is easier to read on a projector."
                                : "Values are 0 to 1: an 8-bit level k becomes k ÷ 255 (grey counts darkness: black is 1).");
        note.setWrapText(true);
        note.getStyleClass().add("import-note");

        VBox options =
                new VBox(
                        8,
                        binary,
                        new HBox(10, thresholdValue, threshold),
                        darkIsOne,
                        gray,
                        rgb,
                        note);
        options.setPadding(new Insets(0, 0, 0, 12));
        options.setMaxWidth(380);
        VBox before = new VBox(4, new Label("Picture"), original);
        VBox after = new VBox(4, new Label("Input (white 0, black 1)"), result);
        HBox content = new HBox(16, before, after, options);
        content.setPadding(new Insets(8));
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);

        group.selectedToggleProperty().addListener((o, a, b) -> redraw());
        threshold.valueProperty().addListener((o, a, b) -> redraw());
        darkIsOne.selectedProperty().addListener((o, a, b) -> redraw());
        redraw();
        setResultConverter(b -> b == ButtonType.OK ? picture.toImage(conversion()) : null);
    }

    /** "2nd", "3rd", "4th", … */
    static String ordinal(int n) {
        String suffix =
                n % 100 / 10 == 1
                        ? "th"
                        : switch (n % 10) {
                            case 1 -> "st";
                            case 2 -> "nd";
                            case 3 -> "rd";
                            default -> "th";
                        };
        return n + suffix;
    }

    /** The conversion the controls describe. */
    public Picture.Conversion conversion() {
        if (gray.isSelected()) {
            return new Picture.GrayLevels();
        }
        if (rgb.isSelected()) {
            return new Picture.Rgb();
        }
        return new Picture.Binary((int) threshold.getValue(), darkIsOne.isSelected());
    }

    private void redraw() {
        Picture.Conversion c = conversion();
        PixelWriter w = preview.getPixelWriter();
        int pw = (int) preview.getWidth();
        int ph = (int) preview.getHeight();
        for (int y = 0; y < ph; y++) {
            int sy = (int) ((long) y * picture.height() / ph);
            for (int x = 0; x < pw; x++) {
                int sx = (int) ((long) x * picture.width() / pw);
                int argb;
                if (c instanceof Picture.Binary b) {
                    boolean bright = picture.luminance(sy, sx) >= b.threshold();
                    argb = MapPicture.inkArgb(bright != b.darkIsOne() ? 1 : 0);
                } else if (c instanceof Picture.GrayLevels) {
                    argb = MapPicture.inkArgb((255 - picture.luminance(sy, sx)) / 255.0);
                } else {
                    argb = 0xFF000000 | picture.rgb(sy, sx);
                }
                w.setArgb(x, y, argb);
            }
        }
    }

    private BufferedImage toBuffered() {
        BufferedImage img =
                new BufferedImage(picture.width(), picture.height(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < picture.height(); y++) {
            for (int x = 0; x < picture.width(); x++) {
                img.setRGB(x, y, picture.rgb(y, x));
            }
        }
        return img;
    }
}
