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
import org.stance.core.readout.RulePartyAttributor;
import org.stance.core.readout.ReadoutAnalyzer;
import org.stance.training.analysis.AttributionTrainer;
import org.stance.training.evaluation.ReadoutEvaluation;
import org.stance.training.evaluation.ReadoutEvaluator;
import picocli.CommandLine.Command;

/** Fits the learned party attributor on gold readouts and compares it with the rules on dev and test. */
@Command(name = "train-attribution", mixinStandardHelpOptions = true, defaultValueProvider = TrainAttributionCommand.AttributionDefaults.class, description = {
        "Fit the learned party attributor on gold readouts (the shipped train readouts, and yours with --data),",
        "print party attribution F1 of the rules, the bundled model and the new model on the dev and test readouts, write the model.",
        "Use it with: ./stance analyze-eval --attribution FILE, or serve it with STANCE_ATTRIBUTION_MODEL=FILE."})
final class TrainAttributionCommand extends FitAnalysisModelCommand {
    @Override
    LogisticModel fit(GoldReadoutsInput.Loaded in) {
        return new AttributionTrainer(in.gazetteer(), epochs, learningRate, minCount).train(in.train(), input.seed, in.trainedOn());
    }

    @Override
    void describe(LogisticModel model) {
        System.out.printf(Locale.ROOT, "fitted on %s readouts, %s candidate pairs (%s addressed), %d weights%n",
                model.trainedOn().get("readouts"), model.trainedOn().get("pairs"), model.trainedOn().get("positive_pairs"),
                model.weights().size());
        System.out.printf(Locale.ROOT, "%-6s %-8s %14s %16s %15s%n", "split", "parties", "partyF1", "partyF1 spkgiven", "partyF1 goldseg");
    }

    @Override
    void compare(GoldReadoutsInput.Loaded in, Split s, List<GoldReadout> rs, LogisticModel model) {
        Gazetteer g = in.gazetteer();
        print(s, "rules", new ReadoutEvaluator(ReadoutAnalyzer.with(g, LearnedStatementDetector.bundled(g), new RulePartyAttributor(g)))
                .evaluate(rs, null));
        print(s, "bundled", new ReadoutEvaluator(ReadoutAnalyzer.standard(g)).evaluate(rs, null));
        print(s, "new", new ReadoutEvaluator(ReadoutAnalyzer.of(g, null, null, model)).evaluate(rs, null));
    }

    private static void print(Split s, String name, ReadoutEvaluation e) {
        System.out.printf(Locale.ROOT, "%-6s %-8s %14.3f %16.3f %15.3f%n", s.name().toLowerCase(Locale.ROOT), name, e.attributionF1(),
                e.speakerGivenAttributionF1(), e.oracleAttributionF1());
    }

    @Override
    Map<String, double[]> heldOutFigures(GoldReadoutsInput.Loaded in, List<GoldReadout> held, LogisticModel model) {
        Map<String, double[]> out = new LinkedHashMap<>();
        Gazetteer g = in.gazetteer();
        ReadoutEvaluation learned = new ReadoutEvaluator(ReadoutAnalyzer.of(g, null, null, model)).evaluate(held, null);
        ReadoutEvaluation rules = new ReadoutEvaluator(ReadoutAnalyzer.with(g, LearnedStatementDetector.bundled(g), new RulePartyAttributor(g)))
                .evaluate(held, null);
        out.put("party F1 on gold spans", new double[] {learned.oracleAttributionF1(), rules.oracleAttributionF1()});
        out.put("party F1", new double[] {learned.attributionF1(), rules.attributionF1()});
        return out;
    }

    /** Chosen by five-fold cross-validation on the train readouts. */
    static final class AttributionDefaults extends Defaults {
        AttributionDefaults() {
            super(3, 0.05, 5, "models/attribution.json");
        }
    }
}
