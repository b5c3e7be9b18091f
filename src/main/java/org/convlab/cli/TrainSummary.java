package org.convlab.cli;

import java.util.List;
import org.convlab.conv.Echo;
import org.convlab.conv.Filter;
import org.convlab.conv.FilterSpec;
import org.convlab.conv.NumberText;
import org.convlab.lessons.learn.TrainingRun;

/** The readable report of {@code convlab train}: losses, hits and the learned filters. */
final class TrainSummary {
    private TrainSummary() {}

    /** "5x5x1": a filter's height, width and channels. */
    static String shape(Filter f) {
        return f.height() + "x" + f.width() + "x" + f.channels();
    }

    static String of(TrainingRun run, int steps, double learningRate) {
        StringBuilder b = new StringBuilder();
        int n = run.result().examples().size();
        List<FilterSpec> learned = run.result().workspace().filters();
        b.append("Trained ")
                .append(learned.size())
                .append(learned.size() == 1 ? " filter" : " filters")
                .append(" on ")
                .append(n)
                .append(n == 1 ? " example" : " examples")
                .append(" for ")
                .append(steps)
                .append(steps == 1 ? " step" : " steps")
                .append(" at learning rate ")
                .append(NumberText.ascii(learningRate))
                .append(", temperature ")
                .append(NumberText.ascii(run.result().temperature()))
                .append('\n');
        b.append("Loss (mean over the examples): ")
                .append(NumberText.ascii(run.initial().loss()))
                .append(" before, ")
                .append(NumberText.ascii(run.last().loss()))
                .append(" after\n");
        b.append("Hits (argmax of D at the target): ")
                .append(run.initial().hits())
                .append(" of ")
                .append(n)
                .append(" before, ")
                .append(run.last().hits())
                .append(" of ")
                .append(n)
                .append(" after\n");
        boolean rounded = false;
        for (FilterSpec spec : learned) {
            Filter f = spec.filter();
            b.append("\nFilter '")
                    .append(Echo.inside(spec.name()))
                    .append("' (")
                    .append(shape(f))
                    .append("), bias ")
                    .append(NumberText.ascii(f.bias()))
                    .append('\n');
            for (int c = 0; c < f.channels(); c++) {
                double[][] rows = new double[f.height()][f.width()];
                for (int i = 0; i < f.height(); i++) {
                    for (int j = 0; j < f.width(); j++) {
                        rows[i][j] = f.get(c, i, j);
                    }
                }
                if (f.channels() > 1) {
                    b.append("  channel ").append(c).append('\n');
                }
                if (MapDrawing.fits(f.height(), f.width())) {
                    b.append(MapDrawing.draw(rows, 0, 0, "  "));
                    rounded |= MapDrawing.rounds(rows);
                } else {
                    b.append("  (not drawn: larger than ")
                            .append(MapDrawing.MAX_SIDE)
                            .append(" x ")
                            .append(MapDrawing.MAX_SIDE)
                            .append("; --json gives every weight)\n");
                }
            }
        }
        if (rounded) {
            b.append("\nWeights are drawn rounded to 3 decimals; --json gives them exactly.\n");
        }
        return b.toString();
    }
}
