package org.stance.training.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import org.stance.core.corpus.Split;
import org.stance.core.party.Gazetteer;
import org.stance.core.readout.LearnedSpeakerResolver;
import org.stance.core.readout.LogisticModel;
import org.stance.core.readout.RuleSegmenter;
import org.stance.core.readout.RuleSpeakerResolver;
import org.stance.core.readout.SpeakerResolver;
import org.stance.training.cli.StanceCli;
import picocli.CommandLine;

/** The learned speaker resolver: deterministic, as good as the rules on readouts it never saw, its command. */
class SpeakerTrainerTest {
    private static final Path DATASETS = AttributionTrainerTest.DATASETS;
    private final Gazetteer g = Gazetteer.load(Corpus.gazetteerFile(DATASETS));
    private final CorpusReader reader = new CorpusReader(g);

    private List<GoldReadout> split(Split s) {
        return reader.readReadouts(Corpus.readoutsFile(DATASETS, s));
    }

    private static double found(SpeakerResolver speakers, List<GoldReadout> golds) {
        RuleSegmenter segmenter = new RuleSegmenter();
        return golds.stream().filter(r -> speakers.resolve(r.title(), r.text(), segmenter.segment(r.text())).equals(r.speaker()))
                .count() / (double) golds.size();
    }

    @Test
    void fittedOnTrainItFindsTheSpeakersOfDevAndTheSameSeedGivesTheSameWeights(@TempDir Path dir) throws Exception {
        LogisticModel m = new SpeakerTrainer(g).train(split(Split.TRAIN), 42, Map.of());
        double learned = found(new LearnedSpeakerResolver(g, m), split(Split.DEV));
        double rules = found(new RuleSpeakerResolver(g), split(Split.DEV));
        assertTrue(learned >= 0.9 && learned >= rules - 0.04, "learned " + learned + ", rules " + rules);
        // it learned that the rules' sum is evidence, and that the other side of a call is not the speaker
        assertTrue(m.weights().getOrDefault("rule_choice", 0.0) > 0, m.weights().toString());
        assertTrue(m.weights().getOrDefault("flag:counterpart", 0.0) < 0, m.weights().toString());

        Path file = dir.resolve("speaker.json");
        m.write(file);
        assertEquals(m, LogisticModel.read(file, LogisticModel.SPEAKER));
        assertEquals(m.weights(), new SpeakerTrainer(g).train(split(Split.TRAIN), 42, Map.of()).weights());
    }

    @Test
    void theBundledModelIsWhatTrainSpeakerFitsOnTheShippedTrainReadouts() {
        AttributionTrainerTest.assertSameModel(new SpeakerTrainer(g).train(split(Split.TRAIN), 42, Map.of()),
                LearnedSpeakerResolver.bundledModel(), "train-speaker", LearnedSpeakerResolver.BUNDLED);
    }

    @Test
    void readoutsWhoseSpeakerTheTextNeverNamesGiveNothingToLearn() {
        List<GoldReadout> unnamed = split(Split.DEV).stream().map(r -> new GoldReadout(r.id(), r.conflict(), "Tuvalu", r.kind(),
                r.title(), r.text(), r.spans())).toList();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SpeakerTrainer(g).train(unnamed, 42, Map.of()));
        assertTrue(e.getMessage().contains("nothing to learn the speaker from"), e.getMessage());
    }

    @Test
    void theCommandWritesAModelThatAnalyzeEvalReadsAndAnalyzeEvalRefusesAModelOfAnotherStage(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("speaker.json");
        CommandLine cl = StanceCli.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        assertEquals(0, cl.execute("train-speaker", "--datasets", DATASETS.toString(), "--epochs", "3", "--out", out.toString()),
                err.toString());
        assertEquals(LogisticModel.SPEAKER, LogisticModel.read(out, LogisticModel.SPEAKER).task());
        assertEquals(0, cl.execute("analyze-eval", "--datasets", DATASETS.toString(), "--speaker", out.toString()), err.toString());
        Path statements = dir.resolve("statements.json");
        new LogisticModel(LogisticModel.STATEMENTS, Map.of("rule=true", 1.0), 0, 0.5, Map.of()).write(statements);
        StringWriter err2 = new StringWriter();
        cl.setErr(new PrintWriter(err2));
        assertEquals(2, cl.execute("analyze-eval", "--datasets", DATASETS.toString(), "--speaker", statements.toString()));
        assertTrue(err2.toString().contains("statements.json") && err2.toString().contains("not a speaker model"), err2.toString());
        assertTrue(Files.exists(out));
    }
}
