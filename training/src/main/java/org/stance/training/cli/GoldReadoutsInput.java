package org.stance.training.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stance.core.corpus.Corpus;
import org.stance.core.corpus.CorpusReader;
import org.stance.core.corpus.DataValidationException;
import org.stance.core.corpus.GoldReadout;
import org.stance.core.corpus.Split;
import org.stance.core.party.Gazetteer;
import org.stance.training.artifact.DataFiles;
import picocli.CommandLine.Option;

/** The gold readouts a readout-analysis model is fitted on: the shipped train readouts and the user's, checked first. */
final class GoldReadoutsInput {
    @Option(names = "--datasets", defaultValue = "datasets", description = "shipped corpus folder (default: ${DEFAULT-VALUE})")
    Path datasets;

    @Option(names = "--data", arity = "1..*", description = "your gold readouts (JSON Lines), files or folders")
    List<Path> data = new ArrayList<>();

    @Option(names = "--only-given", description = "fit on --data alone (default: together with the shipped train readouts)")
    boolean onlyGiven;

    @Option(names = "--seed", defaultValue = "42", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    /** The readouts to fit on and where they came from, for the model's record. */
    record Loaded(Gazetteer gazetteer, CorpusReader reader, List<GoldReadout> train, Map<String, String> trainedOn) {
    }

    /** Reads every given file; any problem in them stops the command before anything is fitted or written. */
    Loaded load() {
        if (onlyGiven && data.isEmpty()) {
            throw new UserInputException("--only-given needs --data");
        }
        List<DataValidationException> problems = new ArrayList<>();
        Gazetteer g = Gazetteer.load(Corpus.gazetteerFile(datasets));
        CorpusReader reader = new CorpusReader(g);
        List<GoldReadout> train = new ArrayList<>();
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
        if (train.isEmpty()) {
            throw new UserInputException("no gold readouts to fit on");
        }
        Map<String, String> on = new LinkedHashMap<>();
        on.put("files", String.join(", ", files));
        return new Loaded(g, reader, train, on);
    }
}
