package org.stance.training.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stance.core.corpus.Corpus;
import org.stance.core.corpus.CorpusReader;
import org.stance.core.corpus.GoldReadout;
import org.stance.core.corpus.GoldSpan;
import org.stance.core.corpus.Split;
import org.stance.core.party.Gazetteer;
import org.stance.core.readout.LearnedPartyAttributor;
import org.stance.core.readout.LogisticModel;
import org.stance.core.readout.PartyAttributor;
import org.stance.core.readout.ReadoutAnalyzer;
import org.stance.core.readout.Segment;
import org.stance.training.cli.StanceCli;
import picocli.CommandLine;

/** The learned attributor: deterministic, close to the rules on readouts it never saw, and its command's refusals. */
class AttributionTrainerTest {
    static final Path DATASETS = Path.of("..", "datasets");
    private final Gazetteer g = Gazetteer.load(Corpus.gazetteerFile(DATASETS));
    private final CorpusReader reader = new CorpusReader(g);

    private List<GoldReadout> split(Split s) {
        return reader.readReadouts(Corpus.readoutsFile(DATASETS, s));
    }

    /** Pair F1 over gold statements and gold segments. */
    private static double pairF1(PartyAttributor a, List<GoldReadout> golds) {
        int tp = 0;
        int pred = 0;
        int gold = 0;
        for (GoldReadout r : golds) {
            List<Segment> segments = r.spans().stream().map(s -> Segment.of(r.text(), s.start(), s.end())).toList();
            List<Boolean> types = r.spans().stream().map(GoldSpan::isStatement).toList();
            List<List<String>> out = a.attribute(segments, types, r.speaker(), List.of());
            for (int i = 0; i < segments.size(); i++) {
                if (types.get(i)) {
                    List<String> g = r.spans().get(i).parties();
                    gold += g.size();
                    pred += out.get(i).size();
                    tp += (int) out.get(i).stream().filter(g::contains).count();
                }
            }
        }
        return 2.0 * tp / (pred + gold);
    }

    @Test
    void fittedOnTrainItAttributesDevAboutAsWellAsTheRulesAndTheSameSeedGivesTheSameWeights(@TempDir Path dir) throws Exception {
        LogisticModel m = new AttributionTrainer(g).train(split(Split.TRAIN), 42, Map.of());
        double learned = pairF1(ReadoutAnalyzer.of(g, null, null, m).attributor(), split(Split.DEV));
        double rules = pairF1(ReadoutAnalyzer.rules(g).attributor(), split(Split.DEV));
        assertTrue(learned > 0.85 && Math.abs(learned - rules) < 0.03, "learned " + learned + ", rules " + rules);

        Path file = dir.resolve("attribution.json");
        m.write(file);
        LogisticModel back = LogisticModel.read(file, LogisticModel.ATTRIBUTION);
        assertEquals(m.weights(), back.weights());
        assertEquals(m.bias(), back.bias(), 1e-12);
        assertEquals(m, back);
        assertEquals(m.weights(), new AttributionTrainer(g).train(split(Split.TRAIN), 42, Map.of()).weights());
        // the second stage is fitted on first-stage probabilities out of fold, and decides at its own threshold
        assertEquals(AttributionTrainer.SECOND_STAGE_THRESHOLD, m.secondStage().threshold());
        assertTrue(m.secondStage().weights().keySet().stream().anyMatch(f -> f.startsWith("top=")), "rank features were fitted");
    }

    @Test
    void theBundledModelIsWhatTrainAttributionFitsOnTheShippedTrainReadouts() {
        // the jar's model must be reproducible from the corpus by the README's command (defaults, seed 42)
        assertSameModel(new AttributionTrainer(g).train(split(Split.TRAIN), 42, Map.of()), LearnedPartyAttributor.bundledModel(),
                "train-attribution", LearnedPartyAttributor.BUNDLED);
    }

    /** The fitted and the bundled weights agree; the message says how to refit the bundled file. */
    static void assertSameModel(LogisticModel fitted, LogisticModel bundled, String command, String file) {
        String refit = "rerun ./stance " + command + " --out core/src/main/resources/org/stance/core/readout/" + file
                + " after changing the rules, the gazetteer, the features or the train readouts";
        assertEquals(fitted.weights().keySet(), bundled.weights().keySet(), refit);
        fitted.weights().forEach((f, w) -> assertEquals(w, bundled.weights().get(f), 1e-9, f + ": " + refit));
        assertEquals(fitted.bias(), bundled.bias(), 1e-9, refit);
        assertEquals(fitted.threshold(), bundled.threshold(), 1e-12, refit);
        assertEquals(fitted.secondStage() == null, bundled.secondStage() == null, refit);
        if (fitted.secondStage() != null) {
            assertSameModel(fitted.secondStage(), bundled.secondStage(), command, file);
        }
    }

    @Test
    void withTooFewConflictsToHoldOutTheModelDecidesAloneAndSaysWhy() {
        List<String> two = split(Split.DEV).stream().map(GoldReadout::conflict).distinct().sorted().limit(2).toList();
        List<GoldReadout> few = split(Split.DEV).stream().filter(r -> two.contains(r.conflict())).toList();
        LogisticModel m = new AttributionTrainer(g).train(few, 42, Map.of());
        assertEquals(null, m.secondStage());
        assertTrue(m.trainedOn().get("second_stage").startsWith("none: fewer than 4 conflicts"), m.trainedOn().toString());
    }

    @Test
    void aModelThatNeverSawAPartyGivesNone() {
        // every gold party removed: nothing to learn, and the trainer says so rather than writing an empty model
        List<GoldReadout> none = split(Split.DEV).stream().map(r -> new GoldReadout(r.id(), r.conflict(), r.speaker(), r.kind(),
                r.title(), r.text(), r.spans().stream().map(s -> new GoldSpan(s.start(), s.end(), s.type(), List.of(), s.labels()))
                .toList())).toList();
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new AttributionTrainer(g).train(none, 42, Map.of()));
        assertTrue(e.getMessage().contains("no statement a party"), e.getMessage());
    }

    @Test
    void theCommandRefusesBadReadoutsNamingFileAndLineAndWritesNothing(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("mine.jsonl");
        String good = Files.readAllLines(Corpus.readoutsFile(DATASETS, Split.DEV)).get(0);
        Files.writeString(bad, good + "\n" + good.replace("\"parties\": [", "\"parties\": [\"Freedonia\", ") + "\n");
        Path out = dir.resolve("attribution.json");
        StringWriter err = new StringWriter();
        CommandLine cl = StanceCli.commandLine();
        cl.setErr(new PrintWriter(err));
        int code = cl.execute("train-attribution", "--datasets", DATASETS.toString(), "--data", bad.toString(), "--out", out.toString());
        assertEquals(2, code, err.toString());
        assertTrue(err.toString().contains("mine.jsonl:2"), err.toString());
        assertFalse(Files.exists(out));
    }

    @Test
    void theCommandWritesAModelThatAnalyzeEvalReads(@TempDir Path dir) {
        Path out = dir.resolve("attribution.json");
        CommandLine cl = StanceCli.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        assertEquals(0, cl.execute("train-attribution", "--datasets", DATASETS.toString(), "--out", out.toString()), err.toString());
        assertTrue(Files.exists(out));
        assertEquals(0, cl.execute("analyze-eval", "--datasets", DATASETS.toString(), "--attribution", out.toString()), err.toString());
        assertEquals(2, cl.execute("analyze-eval", "--datasets", DATASETS.toString(), "--attribution", dir.resolve("nope.json").toString()));
    }
}
