package org.stance.training.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.stance.core.corpus.GoldReadout;
import org.stance.core.corpus.Split;
import org.stance.core.party.Gazetteer;
import org.stance.core.readout.LearnedStatementDetector;
import org.stance.core.readout.LogisticModel;
import org.stance.core.readout.ReadoutAnalyzer;
import org.stance.core.readout.RulePartyAttributor;
import org.stance.core.readout.RuleStatementDetector;
import org.stance.training.analysis.StatementTrainer;
import org.stance.training.evaluation.ReadoutEvaluation;
import org.stance.training.evaluation.ReadoutEvaluator;
import picocli.CommandLine.Command;

/** Fits the statement model (speaker versus context) on gold readouts and compares it with the rules on dev and test. */
@Command(name = "train-statements", mixinStandardHelpOptions = true, defaultValueProvider = TrainStatementsCommand.StatementDefaults.class, description = {
        "Fit the statement model (speaker versus context) on gold readouts (the shipped train readouts, and yours with --data),",
        "print speaker-versus-context accuracy and party attribution F1 (parties by the rules, to compare the statements alone)",
        "of the rules, the bundled model and the new model on the dev and test readouts, write the model.",
        "Use it with: ./stance analyze-eval --statements FILE, or serve it with STANCE_STATEMENT_MODEL=FILE."})
final class TrainStatementsCommand extends FitAnalysisModelCommand {
    @Override
    LogisticModel fit(GoldReadoutsInput.Loaded in) {
        return new StatementTrainer(in.gazetteer(), epochs, learningRate, minCount).train(in.train(), input.seed, in.trainedOn());
    }

    @Override
    void describe(LogisticModel model) {
        System.out.printf(Locale.ROOT, "fitted on %s readouts, %s spans (%s statements), %d weights%n",
                model.trainedOn().get("readouts"), model.trainedOn().get("spans"), model.trainedOn().get("statements"),
                model.weights().size());
        System.out.printf(Locale.ROOT, "%-6s %-8s %11s %8s%n", "split", "stmts", "spk/ctx acc", "partyF1");
    }

    @Override
    void compare(GoldReadoutsInput.Loaded in, Split s, List<GoldReadout> rs, LogisticModel model) {
        Gazetteer g = in.gazetteer();
        print(s, "rules", ReadoutAnalyzer.with(g, new RuleStatementDetector(g), new RulePartyAttributor(g)), rs);
        print(s, "bundled", ReadoutAnalyzer.with(g, LearnedStatementDetector.bundled(g), new RulePartyAttributor(g)), rs);
        print(s, "new", ReadoutAnalyzer.with(g, new LearnedStatementDetector(g, model), new RulePartyAttributor(g)), rs);
    }

    private static void print(Split s, String name, ReadoutAnalyzer analyzer, List<GoldReadout> readouts) {
        ReadoutEvaluation e = new ReadoutEvaluator(analyzer).evaluate(readouts, null);
        System.out.printf(Locale.ROOT, "%-6s %-8s %11.3f %8.3f%n", s.name().toLowerCase(Locale.ROOT), name, e.speakerContextAccuracy(),
                e.attributionF1());
    }

    @Override
    Map<String, double[]> heldOutFigures(GoldReadoutsInput.Loaded in, List<GoldReadout> held, LogisticModel model) {
        Gazetteer g = in.gazetteer();
        Map<String, double[]> out = new LinkedHashMap<>();
        out.put("accuracy on gold spans", new double[] {
            StatementTrainer.accuracy(g, new LearnedStatementDetector(g, model), held),
            StatementTrainer.accuracy(g, new RuleStatementDetector(g), held)});
        out.put("party F1", new double[] {
            new ReadoutEvaluator(ReadoutAnalyzer.with(g, new LearnedStatementDetector(g, model), new RulePartyAttributor(g)))
                    .evaluate(held, null).attributionF1(),
            new ReadoutEvaluator(ReadoutAnalyzer.rules(g)).evaluate(held, null).attributionF1()});
        return out;
    }

    /** Chosen by five-fold cross-validation on the train readouts. */
    static final class StatementDefaults extends Defaults {
        StatementDefaults() {
            super(5, 0.05, 3, "models/statements.json");
        }
    }
}
