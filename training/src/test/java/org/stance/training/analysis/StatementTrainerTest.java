package org.stance.training.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.stance.core.corpus.GoldSpan;
import org.stance.core.corpus.Split;
import org.stance.core.party.Gazetteer;
import org.stance.core.readout.LearnedStatementDetector;
import org.stance.core.readout.LogisticModel;
import org.stance.core.readout.RuleStatementDetector;
import org.stance.training.cli.StanceCli;
import picocli.CommandLine;

/** The learned statement detector: the bundled model is what the documented command fits, it beats the rules on folds it never saw. */
class StatementTrainerTest {
    private static final Path DATASETS = AttributionTrainerTest.DATASETS;
    private final Gazetteer g = Gazetteer.load(Corpus.gazetteerFile(DATASETS));
    private final CorpusReader reader = new CorpusReader(g);

    private List<GoldReadout> split(Split s) {
        return reader.readReadouts(Corpus.readoutsFile(DATASETS, s));
    }

    @Test
    void theBundledModelIsWhatTrainStatementsFitsOnTheShippedTrainReadouts() {
        // the jar's model must be reproducible from the corpus by the README's command (defaults, seed 42)
        AttributionTrainerTest.assertSameModel(new StatementTrainer(g).train(split(Split.TRAIN), 42, Map.of()),
                LearnedStatementDetector.bundledModel(), "train-statements", LearnedStatementDetector.BUNDLED);
    }

    @Test
    void onConflictsItNeverSawItTellsStatementsFromContextBetterThanTheRules() {
        // two-fold split of the train readouts by conflict: fit on one half, measure on the other, both ways
        List<GoldReadout> train = split(Split.TRAIN);
        List<String> conflicts = train.stream().map(GoldReadout::conflict).distinct().sorted().toList();
        RuleStatementDetector rules = new RuleStatementDetector(g);
        for (int fold = 0; fold < 2; fold++) {
            final int f = fold;
            List<GoldReadout> fit = train.stream().filter(r -> conflicts.indexOf(r.conflict()) % 2 != f).toList();
            List<GoldReadout> held = train.stream().filter(r -> conflicts.indexOf(r.conflict()) % 2 == f).toList();
            LearnedStatementDetector learned = new LearnedStatementDetector(g, new StatementTrainer(g).train(fit, 42, Map.of()));
            double l = StatementTrainer.accuracy(g, learned, held);
            double r = StatementTrainer.accuracy(g, rules, held);
            assertTrue(l > r, "fold " + fold + ": learned " + l + ", rules " + r);
        }
    }

    @Test
    void readoutsWithoutContextTeachNothingAndTheTrainerSaysSo() {
        List<GoldReadout> allStatements = split(Split.DEV).stream().map(r -> new GoldReadout(r.id(), r.conflict(), r.speaker(), r.kind(),
                r.title(), r.text(), r.spans().stream().filter(GoldSpan::isStatement).toList())).toList();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new StatementTrainer(g).train(allStatements, 42, Map.of()));
        assertTrue(e.getMessage().contains("both statements and context"), e.getMessage());
    }

    @Test
    void theCommandWritesAModelThatAnalyzeEvalReadsAndRefusesAnAttributionModel(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("statements.json");
        CommandLine cl = StanceCli.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        assertEquals(0, cl.execute("train-statements", "--datasets", DATASETS.toString(), "--out", out.toString()), err.toString());
        assertEquals(LogisticModel.STATEMENTS, LogisticModel.read(out, LogisticModel.STATEMENTS).task());
        assertEquals(0, cl.execute("analyze-eval", "--datasets", DATASETS.toString(), "--statements", out.toString()), err.toString());
        assertEquals(0, cl.execute("analyze-eval", "--datasets", DATASETS.toString(), "--statements", "rules"), err.toString());
        // the same file offered as a party attribution model is refused with the reason
        StringWriter err2 = new StringWriter();
        cl.setErr(new PrintWriter(err2));
        assertEquals(2, cl.execute("analyze-eval", "--datasets", DATASETS.toString(), "--attribution", out.toString()));
        assertTrue(err2.toString().contains("speaker-statements model, not a party-attribution model"), err2.toString());
    }

    @Test
    void crossValidationReportsEachFoldAndWritesNoModel(@TempDir Path dir) {
        Path out = dir.resolve("statements.json");
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        java.io.PrintStream stdout = System.out;
        System.setOut(new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            assertEquals(0, StanceCli.commandLine().execute("train-statements", "--datasets", DATASETS.toString(), "--cv", "2",
                    "--out", out.toString()));
        } finally {
            System.setOut(stdout);
        }
        String report = printed.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(report.contains("fold 1") && report.contains("fold 2") && report.contains("mean party F1"), report);
        assertFalse(Files.exists(out));
        assertEquals(2, StanceCli.commandLine().execute("train-statements", "--datasets", DATASETS.toString(), "--cv", "1"));
    }

    @Test
    void theCommandRefusesBadReadoutsNamingFileAndLineAndWritesNothing(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("mine.jsonl");
        String good = Files.readAllLines(Corpus.readoutsFile(DATASETS, Split.DEV)).get(0);
        Files.writeString(bad, good + "\n{\"id\": \"x\", \"spans\": [}\n");
        Path out = dir.resolve("statements.json");
        StringWriter err = new StringWriter();
        CommandLine cl = StanceCli.commandLine();
        cl.setErr(new PrintWriter(err));
        assertEquals(2, cl.execute("train-statements", "--datasets", DATASETS.toString(), "--data", bad.toString(), "--out",
                out.toString()), err.toString());
        assertTrue(err.toString().contains("mine.jsonl:2"), err.toString());
        assertFalse(Files.exists(out));
    }
}
