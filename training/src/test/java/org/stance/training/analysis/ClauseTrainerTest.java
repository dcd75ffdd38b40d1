package org.stance.training.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stance.core.corpus.Corpus;
import org.stance.core.corpus.CorpusReader;
import org.stance.core.corpus.GoldReadout;
import org.stance.core.corpus.GoldSpan;
import org.stance.core.corpus.SpanType;
import org.stance.core.corpus.Split;
import org.stance.core.party.Gazetteer;
import org.stance.core.readout.LearnedSegmenter;
import org.stance.core.readout.LogisticModel;
import org.stance.core.readout.ReadoutAnalyzer;
import org.stance.core.readout.RulePartyAttributor;
import org.stance.core.readout.RuleSegmenter;
import org.stance.core.readout.RuleSpeakerResolver;
import org.stance.core.readout.RuleStatementDetector;
import org.stance.core.readout.Segmenter;
import org.stance.training.cli.StanceCli;
import org.stance.training.evaluation.ReadoutEvaluator;
import picocli.CommandLine;

/** The clause-split model of the learned segmenter: better boundaries than the rules on readouts it never saw, its command. */
class ClauseTrainerTest {
    private static final Path DATASETS = AttributionTrainerTest.DATASETS;
    private final Gazetteer g = Gazetteer.load(Corpus.gazetteerFile(DATASETS));
    private final CorpusReader reader = new CorpusReader(g);

    private List<GoldReadout> split(Split s) {
        return reader.readReadouts(Corpus.readoutsFile(DATASETS, s));
    }

    private double boundaryF1(Segmenter segmenter, List<GoldReadout> golds) {
        return new ReadoutEvaluator(new ReadoutAnalyzer(g, segmenter, new RuleSpeakerResolver(g), new RuleStatementDetector(g),
                new RulePartyAttributor(g))).evaluate(golds, null).boundaryF1();
    }

    @Test
    void fittedOnTrainItFindsDevBoundariesBetterThanTheRulesAndTheSameSeedGivesTheSameWeights(@TempDir Path dir) throws Exception {
        LogisticModel m = new ClauseTrainer().train(split(Split.TRAIN), 42, Map.of());
        double learned = boundaryF1(new LearnedSegmenter(m), split(Split.DEV));
        double rules = boundaryF1(new RuleSegmenter(), split(Split.DEV));
        assertTrue(learned > rules, "learned " + learned + ", rules " + rules);
        // the rules' own decision is evidence the model keeps
        assertTrue(m.weights().getOrDefault("rule=true", 0.0) > 0, m.weights().toString());

        Path file = dir.resolve("clauses.json");
        m.write(file);
        assertEquals(m, LogisticModel.read(file, LogisticModel.CLAUSES));
        assertEquals(m.weights(), new ClauseTrainer().train(split(Split.TRAIN), 42, Map.of()).weights());
    }

    @Test
    void theBundledModelIsWhatTrainSegmenterFitsOnTheShippedTrainReadouts() {
        AttributionTrainerTest.assertSameModel(new ClauseTrainer().train(split(Split.TRAIN), 42, Map.of()),
                LearnedSegmenter.bundledModel(), "train-segmenter", LearnedSegmenter.BUNDLED);
    }

    @Test
    void readoutsWhoseSentencesAreNeverSplitGiveNothingToLearn() {
        // every span widened to its whole line: the gold never cuts a sentence
        List<GoldReadout> whole = split(Split.DEV).stream().map(r -> new GoldReadout(r.id(), r.conflict(), r.speaker(), r.kind(),
                r.title(), r.text(), List.of(new GoldSpan(0, r.text().length(), SpanType.CONTEXT, List.of(), Set.of()))))
                .toList();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ClauseTrainer().train(whole, 42, Map.of()));
        assertTrue(e.getMessage().contains("nothing to learn clause splits from"), e.getMessage());
    }

    @Test
    void theCommandWritesAModelThatAnalyzeEvalReadsAndAnalyzeEvalRefusesAModelOfAnotherStage(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("clauses.json");
        CommandLine cl = StanceCli.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        assertEquals(0, cl.execute("train-segmenter", "--datasets", DATASETS.toString(), "--epochs", "3", "--out", out.toString()),
                err.toString());
        assertEquals(LogisticModel.CLAUSES, LogisticModel.read(out, LogisticModel.CLAUSES).task());
        assertEquals(0, cl.execute("analyze-eval", "--datasets", DATASETS.toString(), "--segmenter", out.toString()), err.toString());
        Path speaker = dir.resolve("speaker.json");
        new LogisticModel(LogisticModel.SPEAKER, Map.of("rule_choice", 1.0), 0, 0.5, Map.of()).write(speaker);
        StringWriter err2 = new StringWriter();
        cl.setErr(new PrintWriter(err2));
        assertEquals(2, cl.execute("analyze-eval", "--datasets", DATASETS.toString(), "--segmenter", speaker.toString()));
        assertTrue(err2.toString().contains("speaker.json") && err2.toString().contains("clause-split"), err2.toString());
    }
}
