package org.convlab.viewmodel.learn;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.convlab.conv.Activation;
import org.convlab.conv.ConvSettings;
import org.convlab.conv.Correlation2D;
import org.convlab.conv.Filter;
import org.convlab.conv.FilterSpec;
import org.convlab.conv.Image;
import org.convlab.conv.MatchMode;
import org.convlab.conv.NumberText;
import org.convlab.conv.Workspace;
import org.convlab.lessons.params.ParameterTally;

/** The sentences the learning lesson shows beside the training: counts and comparisons. */
final class LearnFigures {
    private LearnFigures() {}

    /** "Learning 52 numbers: 2 filters × 25 weights + 2 biases." */
    static String learnedCount(Workspace ws) {
        Filter f = ws.filters().get(0).filter();
        int n = ws.filters().size();
        int weights = f.height() * f.width() * f.channels();
        return "Learning "
                + NumberText.grouped((long) n * weights + n)
                + " numbers: "
                + n
                + " filters × "
                + weights
                + " weights + "
                + n
                + " biases.";
    }

    /** The parameters lesson's tally of the layer being trained: its filters on its image. */
    static ParameterTally tally(Workspace ws) {
        Image im = ws.image();
        Filter f = ws.filters().get(0).filter();
        return ParameterTally.of(
                im.height(),
                im.width(),
                im.channels(),
                ws.filters().size(),
                f.height(),
                f.width(),
                ws.convolution(),
                true);
    }

    /** What a dense layer making the same maps would learn (the parameters lesson's tally). */
    static String denseCount(Workspace ws) {
        Image im = ws.image();
        ParameterTally t = tally(ws);
        BigInteger total = t.denseWeights().add(t.denseBiases());
        return "A fully connected layer making the same "
                + ws.filters().size()
                + " maps of "
                + t.outHeight()
                + " × "
                + t.outWidth()
                + " from the "
                + im.height()
                + " × "
                + im.width()
                + " image would learn "
                + NumberText.grouped(total)
                + " numbers.";
    }

    /**
     * The NCC of each learned filter with the hand-designed one of the same place: 1 when they are
     * the same pattern at any scale and offset.
     */
    static List<Double> nccWithDesigned(List<FilterSpec> learned, List<FilterSpec> designed) {
        List<Double> out = new ArrayList<>();
        for (int k = 0; k < learned.size(); k++) {
            Filter d = designed.get(k).filter();
            Image asImage = Image.of(d.height(), d.width(), d.channels(), d.toArray());
            out.add(
                    Correlation2D.compute(
                                    asImage,
                                    learned.get(k).filter(),
                                    ConvSettings.DEFAULT,
                                    MatchMode.NCC,
                                    Activation.NONE)
                            .get(0, 0));
        }
        return out;
    }

    /** "Each step learns from 32 new streak images and 1 painting of yours." */
    static String trainingSet(int batch, int own) {
        String generated = batch + (batch == 1 ? " new streak image" : " new streak images");
        if (own == 0) {
            return "Each step learns from " + generated + ".";
        }
        return "Each step learns from "
                + generated
                + " and "
                + own
                + (own == 1 ? " painting of yours." : " paintings of yours.");
    }

    /** "A\nbias ≈0.0123\nNCC ≈0.0982": a learned filter's caption, exact or marked as rounded. */
    static String filterCaption(FilterSpec f, Double ncc) {
        return f.name()
                + "\nbias "
                + NumberText.approx(f.filter().bias())
                + (ncc == null ? "" : "\nNCC " + NumberText.approx(ncc));
    }

    /** "63 of 64 held-out images peak at the X". */
    static String hitText(int hits, int of) {
        return hits + " of " + of + " held-out images peak at the X";
    }

    /** A refusal's sentence as the message line starts it. */
    static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
