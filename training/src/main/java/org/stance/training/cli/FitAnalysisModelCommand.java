package org.stance.training.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.stance.core.corpus.Corpus;
import org.stance.core.corpus.GoldReadout;
import org.stance.core.corpus.Split;
import org.stance.core.readout.LogisticModel;
import picocli.CommandLine.Mixin;

/**
 * What train-statements and train-attribution share: the gold readouts to fit on, the fitter's settings, a
 * comparison on the dev and test readouts, and the model written only once it is fitted. Each command gives its
 * settings (defaults chosen by cross-validation) and its own fitting and comparison.
 */
abstract class FitAnalysisModelCommand implements Callable<Integer> {
    @Mixin
    GoldReadoutsInput input;

    /** Where to write the model. */
    abstract Path out();

    /** Fits the model with the command's settings. */
    abstract LogisticModel fit(GoldReadoutsInput.Loaded in);

    /** Prints what was fitted. */
    abstract void describe(LogisticModel model);

    /** Prints how the new model compares on the readouts of one split. */
    abstract void compare(GoldReadoutsInput.Loaded in, Split split, List<GoldReadout> readouts, LogisticModel model);

    @Override
    public Integer call() {
        GoldReadoutsInput.Loaded in = input.load();
        LogisticModel model;
        try {
            model = fit(in);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage() + "; nothing was written");
        }
        describe(model);
        for (Split s : List.of(Split.DEV, Split.TEST)) {
            compare(in, s, in.reader().readReadouts(Corpus.readoutsFile(input.datasets, s)), model);
        }
        Path file = out();
        try {
            model.write(file);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
        System.out.println("wrote " + file);
        return 0;
    }
}
