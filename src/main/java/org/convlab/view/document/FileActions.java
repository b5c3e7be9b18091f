package org.convlab.view.document;

import java.io.File;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.concurrent.Task;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Cursor;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import org.convlab.conv.Filter;
import org.convlab.conv.FilterSpec;
import org.convlab.conv.Image;
import org.convlab.conv.NumberText;
import org.convlab.conv.Workspace;
import org.convlab.format.FilterFormatException;
import org.convlab.format.FilterText;
import org.convlab.format.ImageImport;
import org.convlab.format.ImageImportException;
import org.convlab.format.Picture;
import org.convlab.viewmodel.document.DocumentViewModel;
import org.convlab.viewmodel.document.MapChoice;

/**
 * The File and Edit menus' commands that need dialogs: import and export of pictures, maps,
 * animations and filters, and the clipboard. Each catches every failure and shows it in a dialog
 * naming the problem, so the app stays usable after any refusal.
 */
public final class FileActions {
    private final DocumentViewModel model;
    private final FxDocumentDialogs dialogs;

    /** Where reading, parsing and encoding run, never the FX thread. */
    private final Executor background;

    public FileActions(DocumentViewModel model, Supplier<Window> owner) {
        this(model, owner, FileActions::startDaemon);
    }

    /** With work started by {@code background} (tests hold it back to see the FX thread free). */
    FileActions(DocumentViewModel model, Supplier<Window> owner, Executor background) {
        this.model = model;
        this.dialogs = new FxDocumentDialogs(owner);
        this.background = background;
    }

    static void startDaemon(Runnable work) {
        Thread worker = new Thread(work, "convlab-background");
        worker.setDaemon(true);
        worker.start();
    }

    public FxDocumentDialogs dialogs() {
        return dialogs;
    }

    public void importImage() {
        Optional<Path> file =
                dialogs.chooseImportFile(
                        "Import Image",
                        "Pictures (PNG, JPEG, BMP, GIF)",
                        "*.png",
                        "*.jpg",
                        "*.jpeg",
                        "*.bmp",
                        "*.gif",
                        "*.PNG",
                        "*.JPG",
                        "*.JPEG",
                        "*.BMP",
                        "*.GIF");
        if (file.isEmpty()) {
            return;
        }
        Picture picture;
        try {
            picture = ImageImport.read(file.get());
        } catch (ImageImportException e) {
            dialogs.showError("Could not import the image", e.getMessage());
            return;
        }
        Optional<Image> image =
                new ImageImportDialog(dialogs.owner(), file.get().getFileName().toString(), picture)
                        .showAndWait();
        image.ifPresent(
                img ->
                        run(
                                "Could not import the image",
                                () -> {
                                    int before = model.workspace().image().channels();
                                    String note = model.importImage(img);
                                    if (img.channels() != before) {
                                        dialogs.showInfo("Image imported", note);
                                    }
                                }));
    }

    public void exportPicture() {
        Workspace ws = model.workspace();
        List<MapChoice> choices = MapChoice.all(ws);
        Optional<ExportDialog.Request<MapChoice>> req =
                new ExportDialog<>(
                                dialogs.owner(),
                                "Export Picture (PNG)",
                                "Picture",
                                choices,
                                MapChoice.suggestedScale(ws),
                                false)
                        .showAndWait();
        if (req.isEmpty()) {
            return;
        }
        Optional<Path> target =
                dialogs.chooseExportFile(
                        "Export Picture",
                        req.get().what().fileStem() + ".png",
                        "PNG picture",
                        ".png");
        target.ifPresent(
                t ->
                        run(
                                "Could not export the picture",
                                () -> model.exportPng(req.get().what(), t, req.get().scale())));
    }

    /** Input, every response map and the combined map into one folder, for slides. */
    public void exportAllPictures() {
        Workspace ws = model.workspace();
        Optional<ExportDialog.Request<String>> req =
                new ExportDialog<>(
                                dialogs.owner(),
                                "Export All Pictures (PNG)",
                                "Pictures",
                                List.of("Input, every response map and the combined map"),
                                MapChoice.suggestedScale(ws),
                                false)
                        .showAndWait();
        if (req.isEmpty()) {
            return;
        }
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Export All Pictures Into");
        File folder = chooser.showDialog(dialogs.owner());
        if (folder == null) {
            return;
        }
        run(
                "Could not export the pictures",
                () -> {
                    List<Path> files = model.exportAllPngs(folder.toPath(), req.get().scale());
                    dialogs.showInfo(
                            "Pictures exported",
                            files.size()
                                    + " pictures saved in "
                                    + folder
                                    + ": "
                                    + String.join(
                                            ", ",
                                            files.stream()
                                                    .map(f -> f.getFileName().toString())
                                                    .toList())
                                    + ".");
                });
    }

    public void exportAnimation() {
        Workspace ws = model.workspace();
        if (ws.filters().isEmpty()) {
            dialogs.showError("Nothing to animate", "the workspace has no filter; add one first");
            return;
        }
        Optional<ExportDialog.Request<FilterChoice>> req =
                new ExportDialog<>(
                                dialogs.owner(),
                                "Export Sliding-Kernel Animation (GIF)",
                                "Filter",
                                FilterChoice.all(ws),
                                MapChoice.suggestedScale(ws),
                                true)
                        .showAndWait();
        if (req.isEmpty()) {
            return;
        }
        FilterChoice f = req.get().what();
        Optional<Path> target =
                dialogs.chooseExportFile(
                        "Export Animation",
                        "slide-" + f.spec().name() + ".gif",
                        "Animated GIF",
                        ".gif");
        if (target.isEmpty()) {
            return;
        }
        // Hundreds of frames take a few seconds: encode off the FX thread (the workspace is an
        // immutable value) and say when the file is there.
        Path t = target.get();
        Callable<Long> job =
                model.animationExport(f.index(), t, req.get().scale(), req.get().delayMs());
        Task<Long> task =
                new Task<>() {
                    @Override
                    protected Long call() throws Exception {
                        return job.call();
                    }
                };
        Window owner = dialogs.owner();
        if (owner != null && owner.getScene() != null) {
            owner.getScene().setCursor(Cursor.WAIT);
        }
        task.setOnSucceeded(
                e -> {
                    resetCursor(owner);
                    dialogs.showInfo(
                            "Animation exported",
                            t.getFileName()
                                    + " is saved: "
                                    + NumberText.bytes(BigInteger.valueOf(task.getValue()))
                                    + ".");
                });
        task.setOnFailed(
                e -> {
                    resetCursor(owner);
                    dialogs.showError(
                            "Could not export the animation", messageOf(task.getException()));
                });
        background.execute(task);
    }

    private static void resetCursor(Window owner) {
        if (owner != null && owner.getScene() != null) {
            owner.getScene().setCursor(Cursor.DEFAULT);
        }
    }

    public void importFilter() {
        Optional<Path> file =
                dialogs.chooseImportFile(
                        "Import Filter", "Filter text (CSV, TXT)", "*.csv", "*.txt", "*.tsv");
        if (file.isEmpty()) {
            return;
        }
        Path f = file.get();
        readFilter(() -> readFilterFile(f), f.getFileName().toString());
    }

    private static String readFilterFile(Path f) throws IOException {
        String text;
        try {
            text = Files.size(f) > 1 << 20 ? null : Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IOException("cannot read " + f.getFileName() + ": " + e.getMessage(), e);
        }
        if (text == null) {
            throw new IOException(
                    f.getFileName()
                            + " is larger than 1 MB; a filter of at most 11×11 numbers is far smaller");
        }
        return text;
    }

    /**
     * Edit ▸ Paste Filter: the clipboard's text, e.g. cells copied from a spreadsheet or a NumPy
     * print.
     */
    public void pasteFilter() {
        Clipboard cb = Clipboard.getSystemClipboard();
        if (!cb.hasString() || cb.getString().isBlank()) {
            dialogs.showError(
                    "Nothing to paste",
                    "the clipboard holds no text; copy a block of numbers first");
            return;
        }
        pasteFilter(cb.getString());
    }

    /**
     * Paste Filter with the clipboard's text already read (the headless tests have no clipboard).
     * The text is parsed in the background; the returned task ends before its result is shown.
     */
    public Task<Filter> pasteFilter(String text) {
        return readFilter(() -> text, "the clipboard");
    }

    public void exportFilter() {
        Optional<FilterChoice> f = chooseFilter("Export Filter", "Which filter?");
        if (f.isEmpty()) {
            return;
        }
        Optional<Path> target =
                dialogs.chooseExportFile(
                        "Export Filter", "filter-" + f.get().spec().name() + ".csv", "CSV", ".csv");
        target.ifPresent(
                t ->
                        run(
                                "Could not export the filter",
                                () -> model.exportFilter(f.get().index(), t)));
    }

    public void copyMap() {
        Workspace ws = model.workspace();
        List<MapChoice> choices = MapChoice.all(ws);
        ChoiceDialog<MapChoice> d = new ChoiceDialog<>(choices.get(choices.size() - 1), choices);
        d.initOwner(dialogs.owner());
        d.setTitle("Copy Map");
        d.setHeaderText("Copy a picture to the clipboard");
        d.setContentText("Picture");
        d.getDialogPane().setId("copy-map-dialog");
        d.showAndWait()
                .ifPresent(
                        choice ->
                                run(
                                        "Could not copy the picture",
                                        () -> {
                                            ClipboardContent content = new ClipboardContent();
                                            content.putImage(
                                                    SwingFXUtils.toFXImage(
                                                            choice.render(
                                                                    ws,
                                                                    MapChoice.suggestedScale(ws)),
                                                            null));
                                            Clipboard.getSystemClipboard().setContent(content);
                                        }));
    }

    /**
     * Reads and parses a filter's text off the FX thread (a text of 64 K characters takes a
     * moment), then asks on the FX thread where the filter goes; a refusal is shown in a dialog.
     */
    private Task<Filter> readFilter(Callable<String> text, String source) {
        Task<Filter> task =
                new Task<>() {
                    @Override
                    protected Filter call() throws Exception {
                        return FilterText.parse(text.call());
                    }
                };
        task.setOnSucceeded(e -> putFilter(task.getValue(), source));
        task.setOnFailed(
                e -> {
                    Throwable x = task.getException();
                    dialogs.showError(
                            x instanceof FilterFormatException
                                    ? "Could not read a filter from " + source
                                    : "Could not import the filter",
                            messageOf(x));
                });
        background.execute(task);
        return task;
    }

    private void putFilter(Filter weights, String source) {
        Workspace ws = model.workspace();
        List<String> targets = new ArrayList<>();
        for (FilterSpec f : ws.filters()) {
            targets.add("Replace filter " + f.name());
        }
        String add = "Add as a new filter";
        targets.add(add);
        ChoiceDialog<String> d = new ChoiceDialog<>(targets.get(0), targets);
        d.initOwner(dialogs.owner());
        d.setTitle("Filter");
        d.setHeaderText(
                "Use the " + weights.height() + "×" + weights.width() + " filter from " + source);
        d.setContentText("Where");
        d.getDialogPane().setId("filter-target-dialog");
        d.showAndWait()
                .ifPresent(
                        t ->
                                run(
                                        "Could not use the filter",
                                        () -> model.importFilter(targets.indexOf(t), weights)));
    }

    private Optional<FilterChoice> chooseFilter(String title, String question) {
        List<FilterChoice> all = FilterChoice.all(model.workspace());
        if (all.isEmpty()) {
            dialogs.showError("No filter", "the workspace has no filter");
            return Optional.empty();
        }
        if (all.size() == 1) {
            return Optional.of(all.get(0));
        }
        ChoiceDialog<FilterChoice> d = new ChoiceDialog<>(all.get(0), all);
        d.initOwner(dialogs.owner());
        d.setTitle(title);
        d.setHeaderText(question);
        d.setContentText("Filter");
        return d.showAndWait();
    }

    /** A command that may fail for a reason the user must see. */
    interface Command {
        void run() throws IOException;
    }

    private void run(String title, Command c) {
        try {
            c.run();
        } catch (IOException | RuntimeException e) {
            dialogs.showError(title, messageOf(e));
        }
    }

    /** The failure's own sentence, or a plain one when it has none. */
    static String messageOf(Throwable x) {
        String m = x.getMessage();
        return m == null || m.isBlank()
                ? "something went wrong (" + x.getClass().getSimpleName() + ")"
                : m;
    }

    /** A filter as a menu choice. */
    record FilterChoice(int index, FilterSpec spec) {
        static List<FilterChoice> all(Workspace ws) {
            List<FilterChoice> l = new ArrayList<>();
            for (int i = 0; i < ws.filters().size(); i++) {
                l.add(new FilterChoice(i, ws.filters().get(i)));
            }
            return l;
        }

        @Override
        public String toString() {
            Filter f = spec.filter();
            return "Filter " + spec.name() + " (" + f.height() + "×" + f.width() + ")";
        }
    }
}
