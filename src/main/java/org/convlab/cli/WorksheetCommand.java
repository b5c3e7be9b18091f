package org.convlab.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.convlab.conv.Echo;
import org.convlab.format.WorksheetPdf;
import org.convlab.lessons.worksheet.Worksheet;
import org.convlab.lessons.worksheet.WorksheetChoice;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code convlab worksheet}: a printable PDF of exercises made from a seed, with an answer key. */
@Command(
        name = "worksheet",
        mixinStandardHelpOptions = true,
        versionProvider = ConvLabCli.Version.class,
        description = {
            "Writes a printable PDF of exercises made from a seed: small grids to convolve by hand, "
                    + "output sizes, parameter counts and a shift question, with the answer key on "
                    + "pages of its own. The same seed always gives the same sheet."
        },
        sortOptions = false,
        footerHeading = "%nExamples:%n",
        footer = {
            "  convlab worksheet --seed 7 --lesson all --count 6 --out sheet.pdf",
            "  convlab worksheet --seed 42 --lesson shift --count 4 --out s.pdf --paper letter"
        })
final class WorksheetCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
            names = "--seed",
            required = true,
            paramLabel = "S",
            description = "Any whole number; the same seed gives the same exercises.")
    long seed;

    @Option(
            names = "--lesson",
            required = true,
            paramLabel = "detector|params|shift|all",
            description = "Which lessons the exercises come from; all takes them in turn.")
    String lesson;

    @Option(
            names = "--count",
            required = true,
            paramLabel = "K",
            description = "How many exercises, 1 to 100.")
    int count;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "FILE.pdf",
            description = "Where to write the PDF; a file there is replaced.")
    Path out;

    @Option(
            names = "--paper",
            paramLabel = "a4|letter",
            defaultValue = "a4",
            description = "Paper size. Default: ${DEFAULT-VALUE}.")
    String paper;

    @Override
    public Integer call() {
        WorksheetChoice choice;
        WorksheetPdf.Paper size;
        try {
            choice = WorksheetChoice.parse(lesson);
        } catch (IllegalArgumentException e) {
            throw new BadInput(
                    "--lesson must be detector, params, shift or all, got '"
                            + Echo.inside(lesson)
                            + "'");
        }
        try {
            size = WorksheetPdf.Paper.parse(paper);
        } catch (IllegalArgumentException e) {
            throw new BadInput("--paper must be a4 or letter, got '" + Echo.inside(paper) + "'");
        }
        if (count < 1 || count > Worksheet.MAX_EXERCISES) {
            throw new BadInput(
                    "--count must be from 1 to " + Worksheet.MAX_EXERCISES + ", got " + count);
        }
        Worksheet sheet = Worksheet.generate(seed, choice, count);
        try {
            WorksheetPdf.write(sheet, size, out);
        } catch (IOException e) {
            throw new BadInput(e.getMessage());
        }
        spec.commandLine()
                .getOut()
                .println(
                        "Wrote "
                                + Echo.path(out.toString())
                                + ": "
                                + count
                                + (count == 1 ? " exercise" : " exercises")
                                + " from seed "
                                + seed
                                + " ("
                                + choice.title().toLowerCase(Locale.ROOT)
                                + ", "
                                + size
                                + "), answer key on the last pages.");
        return 0;
    }
}
