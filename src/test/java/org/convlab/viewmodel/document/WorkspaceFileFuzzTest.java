package org.convlab.viewmodel.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.prefs.Preferences;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.convlab.conv.Workspace;
import org.convlab.format.WorkspaceCodec;
import org.convlab.format.WorkspaceFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Thousands of damaged copies of the shipped examples (byte flips, truncation, duplicated, removed
 * and swapped tokens, huge numbers, deep nesting, invalid UTF-8) each either load or are refused
 * with a message; nothing else ever escapes. A share of them also goes through File ▸ Open, where a
 * refusal must be one error dialog and leave the open work as it was.
 */
class WorkspaceFileFuzzTest {
    private static final int CASES = 4000;
    private static final int THROUGH_OPEN = 250;
    private static final Pattern TOKEN =
            Pattern.compile(
                    "\"(?:[^\"\\\\]|\\\\.)*\"|-?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?|true|false|null|[\\[\\]{}:,]");
    private static final String[] HUGE = {
        "1e309",
        "-1e400",
        "99999999999999999999999",
        "123456789012345678901234567890.5",
        "2147483648",
        "-2147483649",
        "9223372036854775808",
        "1e-400",
        "0.0000000000000000000000001",
        "4097",
        "-1"
    };
    private static final String[] JUNK = {
        "null", "true", "\"x\"", "{}", "[]", "-", "NaN", "Infinity", "\"\\u0000\"", ":", ","
    };

    @TempDir Path dir;

    private final WorkspaceCodec codec = WorkspaceCodec.json();

    @Test
    void everyDamagedFileLoadsOrIsRefusedWithAMessage() throws Exception {
        List<byte[]> seeds = new ArrayList<>();
        for (Example ex : Example.ALL) {
            seeds.add(ex.text().getBytes(StandardCharsets.UTF_8));
        }
        Random random = new Random(6_2026_11_25L);
        int loaded = 0;
        int refused = 0;
        for (int i = 0; i < CASES; i++) {
            byte[] seed = seeds.get(random.nextInt(seeds.size()));
            int op = random.nextInt(9);
            byte[] damaged = mutate(seed, op, random);
            String text = new String(damaged, StandardCharsets.UTF_8);
            try {
                Workspace ws = codec.read(text);
                assertThat(ws).isNotNull();
                loaded++;
            } catch (WorkspaceFormatException e) {
                assertThat(e.getMessage()).as("case %d (op %d)", i, op).isNotBlank();
                refused++;
            } catch (Throwable t) {
                fail(
                        "case "
                                + i
                                + " (op "
                                + op
                                + ") escaped with "
                                + t
                                + " for input starting "
                                + text.substring(0, Math.min(200, text.length())));
            }
        }
        assertThat(refused).as("most damage is refused").isGreaterThan(CASES / 2);
        assertThat(loaded + refused).isEqualTo(CASES);
        System.out.println(
                "fuzz: "
                        + loaded
                        + " damaged files still loaded, "
                        + refused
                        + " refused with a message");
    }

    @Test
    void damagedFilesOpenedFromTheMenuNeverBreakTheOpenWork() throws Exception {
        Preferences prefs = Preferences.userRoot().node("org/convlab/test-" + UUID.randomUUID());
        try {
            FakeDocument doc = new FakeDocument(DocumentViewModelTest.start());
            DocumentViewModel model =
                    new DocumentViewModel(
                            doc,
                            codec,
                            new RecentFiles(prefs),
                            DocumentViewModelTest::start,
                            new UndoHistory());
            ScriptedDialogs dialogs = new ScriptedDialogs();
            byte[] seed = Example.ALL.get(0).text().getBytes(StandardCharsets.UTF_8);
            Random random = new Random(42);
            Path file = dir.resolve("damaged.convlab");
            for (int i = 0; i < THROUGH_OPEN; i++) {
                Files.write(file, mutate(seed, random.nextInt(9), random));
                Workspace before = doc.current();
                int errors = dialogs.errors.size();
                boolean opened = model.open(file, dialogs);
                if (opened) {
                    assertThat(dialogs.errors).hasSize(errors);
                    assertThat(model.isDirty()).isFalse();
                    assertThat(model.getFile()).isEqualTo(file);
                } else {
                    assertThat(dialogs.errors).as("case %d", i).hasSize(errors + 1);
                    assertThat(dialogs.errors.get(errors))
                            .startsWith("Could not open damaged.convlab | damaged.convlab");
                    assertThat(doc.current()).isSameAs(before);
                }
            }
            assertThat(dialogs.asked)
                    .as("no unsaved-changes question: nothing was edited")
                    .isEmpty();
        } finally {
            prefs.removeNode();
        }
    }

    static byte[] mutate(byte[] seed, int op, Random r) {
        String text = new String(seed, StandardCharsets.UTF_8);
        switch (op) {
            case 0 -> { // flip bits in a few bytes, which may break UTF-8 too
                byte[] b = seed.clone();
                for (int k = 1 + r.nextInt(4); k > 0; k--) {
                    b[r.nextInt(b.length)] ^= (byte) (1 << r.nextInt(8));
                }
                return b;
            }
            case 1 -> { // truncate
                byte[] b = new byte[r.nextInt(seed.length)];
                System.arraycopy(seed, 0, b, 0, b.length);
                return b;
            }
            case 2, 3, 4, 5 -> {
                List<int[]> tokens = tokens(text);
                int[] t = tokens.get(r.nextInt(tokens.size()));
                String tok = text.substring(t[0], t[1]);
                String replacement =
                        switch (op) {
                            case 2 -> tok + (r.nextBoolean() ? " " : ", ") + tok; // duplicated
                            case 3 -> ""; // removed
                            case 4 -> HUGE[r.nextInt(HUGE.length)]; // a huge or out-of-range number
                            default -> JUNK[r.nextInt(JUNK.length)]; // a wrong kind of value
                        };
                return (text.substring(0, t[0]) + replacement + text.substring(t[1]))
                        .getBytes(StandardCharsets.UTF_8);
            }
            case 6 -> { // bury a value in deep nesting
                List<int[]> tokens = tokens(text);
                int[] t = tokens.get(r.nextInt(tokens.size()));
                int depth = 1 + r.nextInt(r.nextBoolean() ? 40 : 20_000);
                String open = r.nextBoolean() ? "[".repeat(depth) : "{\"a\":".repeat(depth);
                String close = open.startsWith("[") ? "]".repeat(depth) : "}".repeat(depth);
                return (text.substring(0, t[0])
                                + open
                                + text.substring(t[0], t[1])
                                + close
                                + text.substring(t[1]))
                        .getBytes(StandardCharsets.UTF_8);
            }
            case 7 -> { // swap two tokens
                List<int[]> tokens = tokens(text);
                int[] a = tokens.get(r.nextInt(tokens.size()));
                int[] b = tokens.get(r.nextInt(tokens.size()));
                if (a[0] > b[0]) {
                    int[] x = a;
                    a = b;
                    b = x;
                }
                if (a[1] > b[0]) {
                    return seed;
                }
                return (text.substring(0, a[0])
                                + text.substring(b[0], b[1])
                                + text.substring(a[1], b[0])
                                + text.substring(a[0], a[1])
                                + text.substring(b[1]))
                        .getBytes(StandardCharsets.UTF_8);
            }
            default -> { // a byte-order mark, a stray control character or trailing junk
                return switch (r.nextInt(3)) {
                    case 0 -> ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
                    case 1 -> {
                        int at = r.nextInt(text.length());
                        yield (text.substring(0, at) + (char) r.nextInt(32) + text.substring(at))
                                .getBytes(StandardCharsets.UTF_8);
                    }
                    default ->
                            (text + JUNK[r.nextInt(JUNK.length)]).getBytes(StandardCharsets.UTF_8);
                };
            }
        }
    }

    private static List<int[]> tokens(String text) {
        List<int[]> list = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            list.add(new int[] {m.start(), m.end()});
        }
        return list;
    }
}
