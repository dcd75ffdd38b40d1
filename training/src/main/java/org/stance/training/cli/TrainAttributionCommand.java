package org.stance.training.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.stance.core.corpus.Corpus;
import org.stance.core.corpus.CorpusReader;
import org.stance.core.corpus.DataValidationException;
import org.stance.core.corpus.GoldReadout;
import org.stance.core.corpus.Split;
import org.stance.core.party.Gazetteer;
import org.stance.core.readout.AttributionModel;
import org.stance.core.readout.ReadoutAnalyzer;
import org.stance.training.artifact.DataFiles;
import org.stance.training.attribution.AttributionTrainer;
import org.stance.training.evaluation.ReadoutEvaluation;
import org.stance.training.evaluation.ReadoutEvaluator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Fits the learned party attributor on gold readouts and compares it with the rules on dev and test. */
@Command(name = "train-attribution", mixinStandardHelpOptions = true, description = {
        "Fit the learned party attributor on gold readouts (the shipped train readouts, and yours with --data),",
        "print party attribution F1 of the rules and of the new model on the dev and test readouts, write the model.",
        "Use it with: ./stance analyze-eval --attribution FILE, or serve it with STANCE_ATTRIBUTION_MODEL=FILE."})
final class TrainAttributionCommand implements Callable<Integer> {
    @Option(names = "--datasets", defaultValue = "datasets", description = "shipped corpus folder (default: ${DEFAULT-VALUE})")
    Path datasets;

    @Option(names = "--data", arity = "1..*", description = "your gold readouts (JSON Lines), files or folders")
    List<Path> data = new ArrayList<>();

    @Option(names = "--only-given", description = "fit on --data alone (default: together with the shipped train readouts)")
    boolean onlyGiven;

    @Option(names = "--seed", defaultValue = "42", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--epochs", defaultValue = "3", description = "passes over the pairs (default: ${DEFAULT-VALUE})")
    int epochs;

    @Option(names = "--learning-rate", defaultValue = "0.05", description = "AdaGrad learning rate (default: ${DEFAULT-VALUE})")
    double learningRate;

    @Option(names = "--min-count", defaultValue = "5", description = "drop features seen fewer times (default: ${DEFAULT-VALUE})")
    int minCount;

    @Option(names = "--out", defaultValue = "models/attribution.json", description = "where to write the model (default: ${DEFAULT-VALUE})")
    Path out;

    @Override
    public Integer call() {
        if (onlyGiven && data.isEmpty()) {
            throw new UserInputException("--only-given needs --data");
        }
        List<DataValidationException> problems = new ArrayList<>();
        Gazetteer g = Gazetteer.load(Corpus.gazetteerFile(datasets));
        CorpusReader reader = new CorpusReader(g);
        List<GoldReadout> train = new ArrayList<>();
        Map<String, String> on = new LinkedHashMap<>();
        List<String> files = new ArrayList<>();
        for (Path f : DataFiles.expand(data, problems::add)) {
            if (!DataFiles.isReadoutFile(f)) {
                problems.add(new DataValidationException(f, 1, "not a gold readouts file (its first record has no \"spans\")"));
                continue;
            }
            train.addAll(reader.readReadouts(f, problems::add));
            files.add(f.toString());
        }
        if (!problems.isEmpty()) {
            throw UserInputException.of(problems, problems.size() + " problem(s) in the given data; nothing was trained or written");
        }
        if (!onlyGiven) {
            Path shipped = Corpus.readoutsFile(datasets, Split.TRAIN);
            train.addAll(reader.readReadouts(shipped));
            files.add(shipped.toString());
        }
        on.put("files", String.join(", ", files));
        if (train.isEmpty()) {
            throw new UserInputException("no gold readouts to fit on");
        }
        AttributionModel model;
        try {
            model = new AttributionTrainer(g, epochs, learningRate, minCount).train(train, seed, on);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage() + "; nothing was written");
        }
        System.out.printf(Locale.ROOT, "fitted on %s readouts, %s candidate pairs (%s addressed), %d weights%n",
                model.trainedOn().get("readouts"), model.trainedOn().get("pairs"), model.trainedOn().get("positive_pairs"),
                model.weights().size());
        System.out.printf(Locale.ROOT, "%-6s %-8s %14s %16s %15s%n", "split", "parties", "partyF1", "partyF1 spkgiven", "partyF1 goldseg");
        for (Split s : List.of(Split.DEV, Split.TEST)) {
            List<GoldReadout> rs = reader.readReadouts(Corpus.readoutsFile(datasets, s));
            print(s, "rules", new ReadoutEvaluator(ReadoutAnalyzer.rules(g)).evaluate(rs, null));
            print(s, "learned", new ReadoutEvaluator(ReadoutAnalyzer.learned(g, model)).evaluate(rs, null));
        }
        try {
            model.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + out, e);
        }
        System.out.println("wrote " + out);
        return 0;
    }

    private static void print(Split s, String name, ReadoutEvaluation e) {
        System.out.printf(Locale.ROOT, "%-6s %-8s %14.3f %16.3f %15.3f%n", s.name().toLowerCase(Locale.ROOT), name, e.attributionF1(),
                e.speakerGivenAttributionF1(), e.oracleAttributionF1());
    }
}
