package org.convlab.viewmodel.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.convlab.conv.Filter;
import org.convlab.conv.FilterSpec;
import org.convlab.conv.Image;
import org.convlab.conv.Workspace;
import org.convlab.format.WorkspaceCodec;
import org.convlab.viewmodel.document.DocumentDialogs.UnsavedChoice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class DocumentViewModelTest {
    @TempDir Path dir;

    private Preferences prefs;
    private FakeDocument doc;
    private DocumentViewModel model;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final WorkspaceCodec codec = WorkspaceCodec.json();

    public static Workspace start() {
        return Workspace.of(
                Image.zeros(8, 8, 1),
                List.of(
                        FilterSpec.plain("A", Filter.ofRows(new double[][] {{1, 0}, {0, 1}})),
                        FilterSpec.plain("B", Filter.ofRows(new double[][] {{0, 1}, {1, 0}}))));
    }

    public static Workspace paint(Workspace ws, int y, int x) {
        double[] d = ws.image().toArray();
        d[y * ws.image().width() + x] = 1 - d[y * ws.image().width() + x];
        return ws.withImage(Image.of(ws.image().height(), ws.image().width(), 1, d));
    }

    @BeforeEach
    void setUp() {
        prefs = Preferences.userRoot().node("org/convlab/test-" + UUID.randomUUID());
        doc = new FakeDocument(start());
        model =
                new DocumentViewModel(
                        doc,
                        codec,
                        new RecentFiles(prefs),
                        DocumentViewModelTest::start,
                        new UndoHistory());
    }

    @AfterEach
    void tearDown() throws Exception {
        prefs.removeNode();
    }

    @Test
    void titleShowsTheNameAndMarksUnsavedChanges() {
        assertThat(model.getTitle()).isEqualTo("ConvLab — Untitled");
        doc.commit(paint(doc.current(), 1, 1));
        assertThat(model.getTitle()).isEqualTo("ConvLab — Untitled •");
        assertThat(model.isDirty()).isTrue();
        dialogs.saveAnswers.add(Optional.of(dir.resolve("lesson")));
        assertThat(model.save(dialogs)).isTrue();
        assertThat(dialogs.asked).containsExactly("save:untitled.convlab");
        assertThat(model.getFile()).isEqualTo(dir.resolve("lesson.convlab"));
        assertThat(model.getTitle()).isEqualTo("ConvLab — lesson.convlab");
        assertThat(model.isDirty()).isFalse();
    }

    @Test
    void saveThenOpenGivesTheSameWorkspace() throws Exception {
        Workspace edited =
                paint(doc.current(), 3, 4)
                        .withFilter(
                                1, doc.current().filters().get(1).withGain(-0.5).withOffset(2, 1));
        doc.commit(edited);
        dialogs.saveAnswers.add(Optional.of(dir.resolve("a.convlab")));
        model.saveAs(dialogs);
        doc.commit(start());
        dialogs.unsavedAnswers.add(UnsavedChoice.DISCARD);
        assertThat(model.open(dir.resolve("a.convlab"), dialogs)).isTrue();
        assertThat(doc.current()).isEqualTo(edited);
        assertThat(model.isDirty()).isFalse();
        assertThat(model.canUndo()).isFalse();
        assertThat(codec.read(Files.readString(dir.resolve("a.convlab")))).isEqualTo(edited);
    }

    @Test
    void saveWritesToTheSameFileWithoutAsking() throws Exception {
        dialogs.saveAnswers.add(Optional.of(dir.resolve("b.convlab")));
        doc.commit(paint(doc.current(), 0, 0));
        model.save(dialogs);
        Workspace second = paint(doc.current(), 0, 1);
        doc.commit(second);
        assertThat(model.save(dialogs)).isTrue();
        assertThat(dialogs.asked)
                .containsExactly("save:b.convlab".replace("b.convlab", "untitled.convlab"));
        assertThat(codec.read(Files.readString(dir.resolve("b.convlab")))).isEqualTo(second);
    }

    @Test
    void undoAndRedoWalkTheCommittedEdits() {
        Workspace w0 = doc.current();
        Workspace w1 = paint(w0, 0, 0);
        Workspace w2 = w1.withFilter(0, w1.filters().get(0).withGain(3));
        Workspace w3 = paint(w2, 2, 2);
        doc.commit(w1);
        doc.commit(w2);
        doc.commit(w3);
        assertThat(model.getUndoLabel()).isEqualTo("Undo drawing");
        model.undo();
        assertThat(doc.current()).isEqualTo(w2);
        assertThat(model.getUndoLabel()).isEqualTo("Undo edit of filter A");
        assertThat(model.getRedoLabel()).isEqualTo("Redo drawing");
        model.undo();
        assertThat(doc.current()).isEqualTo(w1);
        model.redo();
        assertThat(doc.current()).isEqualTo(w2);
        assertThat(model.canRedo()).isTrue();
        Workspace other = paint(w2, 5, 5);
        doc.commit(other);
        assertThat(model.canRedo()).as("a new edit clears redo").isFalse();
        model.undo();
        model.undo();
        model.undo();
        assertThat(doc.current()).isEqualTo(w0);
        assertThat(model.canUndo()).isFalse();
        assertThat(model.getUndoLabel()).isEqualTo("Undo");
        model.undo();
        assertThat(doc.current()).isEqualTo(w0);
    }

    @Test
    void undoingBackToTheSavedStateClearsTheMark() {
        dialogs.saveAnswers.add(Optional.of(dir.resolve("c.convlab")));
        model.saveAs(dialogs);
        doc.commit(paint(doc.current(), 1, 1));
        assertThat(model.getTitle()).endsWith(" •");
        model.undo();
        assertThat(model.isDirty()).isFalse();
        assertThat(model.getTitle()).isEqualTo("ConvLab — c.convlab");
    }

    @Test
    void keepsAtLeastTwoHundredStepsAndUndoesThemInOrder() {
        Workspace[] states = new Workspace[251];
        states[0] = doc.current();
        for (int i = 1; i <= 250; i++) {
            states[i] = paint(states[i - 1], i % 8, (i / 8) % 8);
            doc.commit(states[i]);
        }
        for (int i = 249; i >= 0; i--) {
            assertThat(model.canUndo()).isTrue();
            model.undo();
            assertThat(doc.current()).as("after undo back to %d", i).isEqualTo(states[i]);
        }
        assertThat(model.canUndo()).isFalse();
        for (int i = 1; i <= 250; i++) {
            model.redo();
        }
        assertThat(doc.current()).isEqualTo(states[250]);
    }

    @Test
    void loadingDoesNotCountAsAnEdit() {
        dialogs.unsavedAnswers.add(UnsavedChoice.DISCARD);
        doc.commit(paint(doc.current(), 1, 1));
        model.newDocument(dialogs);
        assertThat(model.canUndo()).isFalse();
        assertThat(model.isDirty()).isFalse();
        assertThat(doc.current()).isEqualTo(start());
    }

    @Test
    void cancellingTheUnsavedQuestionKeepsEverything() {
        Workspace edited = paint(doc.current(), 1, 1);
        doc.commit(edited);
        dialogs.unsavedAnswers.add(UnsavedChoice.CANCEL);
        assertThat(model.newDocument(dialogs)).isFalse();
        assertThat(doc.current()).isSameAs(edited);
        assertThat(dialogs.asked).containsExactly("unsaved:Untitled");
        dialogs.unsavedAnswers.add(UnsavedChoice.CANCEL);
        assertThat(model.confirmClose(dialogs)).isFalse();
    }

    @Test
    void answeringSaveSavesBeforeGoingOn() throws Exception {
        Workspace edited = paint(doc.current(), 1, 1);
        doc.commit(edited);
        dialogs.unsavedAnswers.add(UnsavedChoice.SAVE);
        dialogs.saveAnswers.add(Optional.of(dir.resolve("kept.convlab")));
        assertThat(model.confirmClose(dialogs)).isTrue();
        assertThat(codec.read(Files.readString(dir.resolve("kept.convlab")))).isEqualTo(edited);
        // cancelling the save location cancels the close
        doc.commit(paint(edited, 2, 2));
        dialogs.unsavedAnswers.add(UnsavedChoice.SAVE);
        assertThat(model.confirmClose(dialogs)).as("saves to kept.convlab without asking").isTrue();
        model.recover(paint(edited, 3, 3));
        dialogs.unsavedAnswers.add(UnsavedChoice.SAVE);
        dialogs.saveAnswers.add(Optional.empty());
        assertThat(model.confirmClose(dialogs)).isFalse();
    }

    @Test
    void noQuestionWithoutChanges() {
        assertThat(model.confirmClose(dialogs)).isTrue();
        assertThat(dialogs.asked).isEmpty();
    }

    @Test
    void badFileIsRefusedWithItsNameAndTheAppCarriesOn() throws Exception {
        Path bad = dir.resolve("broken.convlab");
        Files.writeString(bad, "{\"format\": \"convlab-workspace\", \"version\": 1, \"image\": ");
        Workspace before = doc.current();
        assertThat(model.open(bad, dialogs)).isFalse();
        assertThat(dialogs.errors).hasSize(1);
        assertThat(dialogs.errors.get(0))
                .isEqualTo(
                        "Could not open broken.convlab | broken.convlab: the JSON ends too early at line 1, column 56 "
                                + "(the file is truncated or a bracket is missing)");
        assertThat(doc.current()).isSameAs(before);
        assertThat(model.getFile()).isNull();
        Path binary = dir.resolve("picture.json");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', (byte) 0xFF, (byte) 0xFE});
        assertThat(model.open(binary, dialogs)).isFalse();
        assertThat(dialogs.errors.get(1)).contains("is not a text file");
    }

    @Test
    void saveFailureIsReportedAndWorkStaysOpen() throws Exception {
        Path folderInTheWay = dir.resolve("taken.convlab");
        Files.createDirectory(folderInTheWay);
        Files.writeString(folderInTheWay.resolve("x"), "x");
        doc.commit(paint(doc.current(), 1, 1));
        dialogs.saveAnswers.add(Optional.of(folderInTheWay));
        assertThat(model.saveAs(dialogs)).isFalse();
        assertThat(dialogs.errors.get(0))
                .startsWith("Could not save | ConvLab could not save taken.convlab: ");
        assertThat(model.isDirty()).isTrue();
        assertThat(model.getFile()).isNull();
    }

    @Test
    void recentFilesAreRememberedNewestFirstAndMissingOnesDropped() throws Exception {
        for (String name : List.of("one", "two", "three")) {
            dialogs.saveAnswers.add(Optional.of(dir.resolve(name + ".convlab")));
            doc.commit(paint(doc.current(), name.length(), 0));
            model.saveAs(dialogs);
        }
        assertThat(model.recentFiles().filesProperty())
                .containsExactly(
                        dir.resolve("three.convlab"),
                        dir.resolve("two.convlab"),
                        dir.resolve("one.convlab"));
        assertThat(new RecentFiles(prefs).filesProperty())
                .as("read back from the preferences")
                .containsExactly(
                        dir.resolve("three.convlab"),
                        dir.resolve("two.convlab"),
                        dir.resolve("one.convlab"));
        Files.delete(dir.resolve("two.convlab"));
        assertThat(model.open(dir.resolve("two.convlab"), dialogs)).isFalse();
        assertThat(dialogs.errors.get(0)).contains("does not exist any more");
        assertThat(model.recentFiles().filesProperty())
                .containsExactly(dir.resolve("three.convlab"), dir.resolve("one.convlab"));
    }

    @Test
    void recentListHoldsTenAtMostWithoutDuplicates() {
        RecentFiles recent = new RecentFiles(prefs);
        for (int i = 0; i < 15; i++) {
            recent.add(dir.resolve("f" + i + ".convlab"));
        }
        recent.add(dir.resolve("f12.convlab"));
        assertThat(recent.filesProperty()).hasSize(10);
        assertThat(recent.filesProperty().get(0)).isEqualTo(dir.resolve("f12.convlab"));
        assertThat(recent.filesProperty().get(1)).isEqualTo(dir.resolve("f14.convlab"));
        assertThat(recent.filesProperty())
                .doesNotHaveDuplicates()
                .doesNotContain(dir.resolve("f4.convlab"));
    }

    @Test
    void openingAnExampleLeavesItUntouchedAndSaveAsksWhere() throws Exception {
        Example homework = Example.ALL.get(0);
        assertThat(model.openExample(homework, dialogs)).isTrue();
        assertThat(model.getTitle())
                .isEqualTo("ConvLab — Homework detector (streaks, filters A and B) (example)");
        assertThat(model.isDirty()).isFalse();
        assertThat(doc.current().image().height()).isEqualTo(32);
        dialogs.saveAnswers.add(Optional.of(dir.resolve("mine.convlab")));
        assertThat(model.save(dialogs)).isTrue();
        assertThat(dialogs.asked).containsExactly("save:homework-detector.convlab");
        assertThat(model.getExample()).isNull();
    }

    @Test
    void appliedCommandsAreUndoableWithTheirLabel() {
        Workspace before = doc.current();
        Workspace imported = before.withImage(Image.zeros(4, 4, 1));
        model.apply(imported, "image import");
        assertThat(doc.current()).isEqualTo(imported);
        assertThat(model.getUndoLabel()).isEqualTo("Undo image import");
        model.undo();
        assertThat(doc.current()).isEqualTo(before);
    }

    @Test
    void importingAColourPictureIsOneUndoableStep() {
        Workspace before = doc.current();
        String note = model.importImage(Image.zeros(10, 12, 3));
        assertThat(note).startsWith("The input is now 10×12 with 3 channels");
        assertThat(doc.current().filters().get(0).filter().channels()).isEqualTo(3);
        assertThat(model.getUndoLabel()).isEqualTo("Undo image import");
        model.importFilter(2, Filter.ofRows(new double[][] {{1, -1}}));
        assertThat(doc.current().filters()).hasSize(3);
        assertThat(model.getUndoLabel()).isEqualTo("Undo adding a filter");
        model.undo();
        model.undo();
        assertThat(doc.current()).isEqualTo(before);
    }

    @Test
    void exportsWriteTheCurrentWorkspace() throws Exception {
        MapChoice combined =
                MapChoice.all(doc.current()).stream()
                        .filter(c -> c.kind() == MapChoice.Kind.COMBINED)
                        .findFirst()
                        .orElseThrow();
        model.exportPng(combined, dir.resolve("d.png"), 3);
        assertThat(javax.imageio.ImageIO.read(dir.resolve("d.png").toFile()).getWidth())
                .isGreaterThan(7 * 3);
        model.exportAnimation(0, dir.resolve("s.gif"), 2, 50);
        assertThat(Files.size(dir.resolve("s.gif"))).isPositive();
        model.exportFilter(1, dir.resolve("b.csv"));
        assertThat(Files.readString(dir.resolve("b.csv"))).isEqualTo("0,1\n1,0\n");
        assertThat(model.exportAllPngs(dir, 2))
                .extracting(p -> p.getFileName().toString())
                .containsExactly("input.png", "response-A.png", "response-B.png", "combined.png");
        assertThat(javax.imageio.ImageIO.read(dir.resolve("response-B.png").toFile())).isNotNull();
        assertThat(MapChoice.all(doc.current()))
                .extracting(MapChoice::label)
                .containsExactly(
                        "Input image",
                        "Response map of filter A",
                        "Response map of filter B",
                        "Combined map D");
    }

    @Test
    void recoveredWorkIsUnsavedAndHasNoFile() {
        Workspace rec = paint(start(), 4, 4);
        model.recover(rec);
        assertThat(doc.current()).isEqualTo(rec);
        assertThat(model.isDirty()).isTrue();
        assertThat(model.getTitle()).isEqualTo("ConvLab — Untitled •");
    }

    @Test
    void extensionIsAddedOnlyWhenMissing() {
        assertThat(DocumentViewModel.withExtension(Path.of("a/b")))
                .isEqualTo(Path.of("a/b.convlab"));
        assertThat(DocumentViewModel.withExtension(Path.of("a/b.json")))
                .isEqualTo(Path.of("a/b.json"));
    }
}
