package org.stance.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.stance.core.corpus.Corpus;
import org.stance.core.corpus.GoldReadout;
import org.stance.core.corpus.Split;
import org.stance.core.readout.Readout;
import org.stance.core.readout.ReadoutAnalyzer;

/**
 * Readout analysis alone (segmenting, speaker, statements, parties; no encoder), on one thread, over every
 * gold readout: the default analyzer (bundled learned models over the rules) and the rules alone, each
 * after a warm-up. Usage: AnalysisThroughput DATASETS SECONDS
 */
public final class AnalysisThroughput {
    private AnalysisThroughput() {
    }

    public static void main(String[] args) {
        Path datasets = Path.of(args.length > 0 ? args[0] : "datasets");
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 10;
        Corpus corpus = Corpus.load(datasets);
        List<Readout> readouts = new ArrayList<>();
        for (Split s : Split.values()) {
            for (GoldReadout g : corpus.readouts(s)) {
                readouts.add(Readout.of(g.text()));
            }
        }
        run("readout analysis, default (learned models over the rules)", ReadoutAnalyzer.standard(corpus.gazetteer()), readouts, seconds);
        run("readout analysis, rules alone", ReadoutAnalyzer.rules(corpus.gazetteer()), readouts, seconds);
    }

    private static void run(String name, ReadoutAnalyzer analyzer, List<Readout> readouts, double seconds) {
        readouts.forEach(analyzer::analyze);
        long start = System.nanoTime();
        long done = 0;
        while ((System.nanoTime() - start) / 1e9 < seconds) {
            analyzer.analyze(readouts.get((int) (done % readouts.size())));
            done++;
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%s: %.0f readouts/s, %.2f ms per readout (%d gold readouts, one thread)%n", name,
                done / elapsed, 1000 * elapsed / done, readouts.size());
    }
}
