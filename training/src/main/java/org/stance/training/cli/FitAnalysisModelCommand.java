package org.stance.training.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.stance.core.corpus.Corpus;
import org.stance.core.corpus.GoldReadout;
import org.stance.core.corpus.Split;
import org.stance.core.readout.LogisticModel;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

/**
 * What train-statements and train-attribution share: the gold readouts to fit on, the fitter's settings, a
 * comparison on the dev and test readouts, and the model written only once it is fitted. Each command gives its
 * settings (defaults chosen by cross-validation, through its {@link Defaults}) and its own fitting and comparison.
 */
abstract class FitAnalysisModelCommand implements Callable<Integer> {
    @Mixin
    GoldReadoutsInput input;

    @Option(names = "--cv", paramLabel = "K", defaultValue = "0",
            description = "instead of fitting one model: K-fold cross-validation over the readouts to fit on, grouped by conflict "
                    + "(no conflict in two folds), printing the new model against the rules on each held-out fold; nothing is written")
    int folds;

    @Option(names = "--epochs", description = "passes over the data (default: ${DEFAULT-VALUE})")
    int epochs;

    @Option(names = "--learning-rate", description = "AdaGrad learning rate (default: ${DEFAULT-VALUE})")
    double learningRate;

    @Option(names = "--min-count", description = "drop features seen fewer times (default: ${DEFAULT-VALUE})")
    int minCount;

    @Option(names = "--out", description = "where to write the model (default: ${DEFAULT-VALUE})")
    Path out;

    /**
     * A command's defaults for the options above, given to picocli as its default value provider so that help
     * shows them: the two models were tuned apart and differ in epochs, pruning and file.
     */
    abstract static class Defaults implements IDefaultValueProvider {
        private final Map<String, String> values;

        Defaults(int epochs, double learningRate, int minCount, String out) {
            values = Map.of("--epochs", String.valueOf(epochs), "--learning-rate", String.valueOf(learningRate),
                    "--min-count", String.valueOf(minCount), "--out", out);
        }

        @Override
        public String defaultValue(ArgSpec arg) {
            return arg instanceof OptionSpec o ? values.get(o.longestName()) : null;
        }
    }

    /** Fits the model with the command's settings. */
    abstract LogisticModel fit(GoldReadoutsInput.Loaded in);

    /** Prints what was fitted. */
    abstract void describe(LogisticModel model);

    /** Prints how the new model compares on the readouts of one split. */
    abstract void compare(GoldReadoutsInput.Loaded in, Split split, List<GoldReadout> readouts, LogisticModel model);

    /** The figures of a model fitted without {@code heldOut}, and of the rules, on {@code heldOut}: name to {model, rules}. */
    abstract Map<String, double[]> heldOutFigures(GoldReadoutsInput.Loaded in, List<GoldReadout> heldOut, LogisticModel model);

    @Override
    public Integer call() {
        GoldReadoutsInput.Loaded in = input.load();
        if (folds != 0) {
            crossValidate(in);
            return 0;
        }
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
        Path file = out;
        try {
            model.write(file);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
        System.out.println("wrote " + file);
        return 0;
    }

    /** Folds by conflict, so that a held-out fold's wording and parties were never fitted on. */
    private void crossValidate(GoldReadoutsInput.Loaded in) {
        List<String> conflicts = in.train().stream().map(GoldReadout::conflict).distinct().sorted().toList();
        if (folds < 2 || folds > conflicts.size()) {
            throw new UserInputException("--cv needs between 2 and " + conflicts.size() + " folds (one conflict at least in each)");
        }
        Map<String, double[]> sums = new LinkedHashMap<>();
        for (int k = 0; k < folds; k++) {
            final int fold = k;
            List<GoldReadout> fit = in.train().stream().filter(r -> conflicts.indexOf(r.conflict()) % folds != fold).toList();
            List<GoldReadout> held = in.train().stream().filter(r -> conflicts.indexOf(r.conflict()) % folds == fold).toList();
            LogisticModel model;
            try {
                model = fit(new GoldReadoutsInput.Loaded(in.gazetteer(), in.reader(), fit, in.trainedOn()));
            } catch (IllegalArgumentException e) {
                throw new UserInputException("fold " + (k + 1) + ": " + e.getMessage());
            }
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "fold %d (%d readouts held out):", k + 1, held.size()));
            heldOutFigures(in, held, model).forEach((name, v) -> {
                line.append(String.format(Locale.ROOT, "  %s model %.3f rules %.3f", name, v[0], v[1]));
                double[] sum = sums.computeIfAbsent(name, x -> new double[3]);
                sum[0] += v[0];
                sum[1] += v[1];
                sum[2] += v[0] > v[1] ? 1 : 0;
            });
            System.out.println(line);
        }
        sums.forEach((name, v) -> System.out.printf(Locale.ROOT, "mean %s: model %.3f, rules %.3f; the model better on %d of %d folds%n",
                name, v[0] / folds, v[1] / folds, (int) v[2], folds));
    }
}
