package org.stance.training.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.stance.core.corpus.Corpus;
import org.stance.core.corpus.CorpusReader;
import org.stance.core.corpus.GoldReadout;
import org.stance.core.corpus.Split;
import org.stance.core.party.Gazetteer;
import org.stance.core.readout.ReadoutAnalyzer;
import org.stance.training.evaluation.ReadoutEvaluation;
import org.stance.training.evaluation.ReadoutEvaluator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Measures readout analysis on the gold readouts of each split (or a given file). */
@Command(name = "analyze-eval", mixinStandardHelpOptions = true, description = {"Measure readout analysis on gold readouts: segmentation boundary F1,",
        "speaker-versus-context accuracy and party attribution F1, per split."})
final class AnalyzeCommand implements Callable<Integer> {
    @Option(names = "--datasets", defaultValue = "datasets", description = "datasets folder (default: ${DEFAULT-VALUE})")
    Path datasets;

    @Option(names = "--data", description = "a gold readouts file instead of the shipped splits")
    Path data;

    @Option(names = "--errors", description = "print the disagreements")
    boolean errors;

    @Option(names = "--statements", defaultValue = "model", paramLabel = "model|rules|FILE",
            description = "speaker versus context: the bundled model (default), the rules alone, or a model file written by train-statements")
    String statements;

    @Option(names = "--speaker", defaultValue = "model", paramLabel = "model|rules|FILE",
            description = "the speaker, where the readout does not give it: the bundled model (default), the rules alone, or a model "
                    + "file written by train-speaker")
    String speaker;

    @Option(names = "--attribution", defaultValue = "model", paramLabel = "model|rules|FILE",
            description = "party attribution: the bundled model (default), the rules alone, or a model file written by train-attribution")
    String attribution;

    @Option(names = "--segmenter", defaultValue = "model", paramLabel = "model|rules|FILE",
            description = "clause splits: the bundled model (default), the rules alone, or a model file written by train-segmenter")
    String segmenter;

    @Override
    public Integer call() {
        Gazetteer g = Gazetteer.load(Corpus.gazetteerFile(datasets));
        ReadoutEvaluator evaluator = new ReadoutEvaluator(AnalyzerChoice.analyzer(g, segmenter, speaker, statements, attribution));
        CorpusReader reader = new CorpusReader(g);
        System.out.printf(Locale.ROOT, "%-8s %8s %10s %10s %11s %8s %8s %14s %13s%n", "split", "readouts", "boundaryF1",
                "stmtSpanF1", "spk/ctx acc", "speaker", "partyF1", "partyF1 spkgiven", "partyF1 goldseg");
        if (data != null) {
            print(data.getFileName().toString(), evaluator.evaluate(reader.readReadouts(data), null));
            return 0;
        }
        for (Split s : Split.values()) {
            List<GoldReadout> rs = reader.readReadouts(Corpus.readoutsFile(datasets, s));
            print(s.name().toLowerCase(Locale.ROOT), evaluator.evaluate(rs, null));
        }
        return 0;
    }

    private void print(String name, ReadoutEvaluation e) {
        System.out.printf(Locale.ROOT, "%-8s %8d %10.3f %10.3f %11.3f %8.3f %8.3f %16.3f %13.3f%n", name, e.readouts(), e.boundaryF1(),
                e.statementSpanF1(), e.speakerContextAccuracy(), e.speakerAccuracy(), e.attributionF1(),
                e.speakerGivenAttributionF1(), e.oracleAttributionF1());
        if (errors) {
            e.errors().forEach(x -> System.out.println("  " + x));
        }
    }
}
