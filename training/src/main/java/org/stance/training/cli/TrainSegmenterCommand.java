package org.stance.training.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.stance.core.corpus.GoldReadout;
import org.stance.core.corpus.Split;
import org.stance.core.party.Gazetteer;
import org.stance.core.readout.LearnedPartyAttributor;
import org.stance.core.readout.LearnedSegmenter;
import org.stance.core.readout.LearnedSpeakerResolver;
import org.stance.core.readout.LearnedStatementDetector;
import org.stance.core.readout.LogisticModel;
import org.stance.core.readout.ReadoutAnalyzer;
import org.stance.core.readout.RuleSegmenter;
import org.stance.core.readout.Segmenter;
import org.stance.training.analysis.ClauseTrainer;
import org.stance.training.evaluation.ReadoutEvaluation;
import org.stance.training.evaluation.ReadoutEvaluator;
import picocli.CommandLine.Command;

/** Fits the clause-split model of the learned segmenter on gold readouts and compares it with the rules on dev and test. */
@Command(name = "train-segmenter", mixinStandardHelpOptions = true, defaultValueProvider = TrainSegmenterCommand.ClauseDefaults.class,
        description = {
            "Fit the clause-split model of the learned segmenter on gold readouts (the shipped train readouts, and yours with --data),",
            "print statement boundary F1 and party attribution F1 end to end with the rules' splits, the bundled model's and the new",
            "model's on the dev and test readouts, write the model.",
            "Use it with: ./stance analyze-eval --segmenter FILE, or serve it with STANCE_SEGMENTER_MODEL=FILE."})
final class TrainSegmenterCommand extends FitAnalysisModelCommand {
    @Override
    LogisticModel fit(GoldReadoutsInput.Loaded in) {
        return new ClauseTrainer(epochs, learningRate, minCount).train(in.train(), input.seed, in.trainedOn());
    }

    @Override
    void describe(LogisticModel model) {
        System.out.printf(Locale.ROOT, "fitted on %s readouts, %s candidate splits in gold statements (%s split by the gold), %d weights%n",
                model.trainedOn().get("readouts"), model.trainedOn().get("candidates"), model.trainedOn().get("splits"),
                model.weights().size());
        System.out.printf(Locale.ROOT, "%-6s %-8s %10s %8s%n", "split", "clauses", "boundaryF1", "partyF1");
    }

    @Override
    void compare(GoldReadoutsInput.Loaded in, Split s, List<GoldReadout> rs, LogisticModel model) {
        Gazetteer g = in.gazetteer();
        print(s, "rules", evaluate(g, new RuleSegmenter(), rs));
        print(s, "bundled", evaluate(g, LearnedSegmenter.bundled(), rs));
        print(s, "new", evaluate(g, new LearnedSegmenter(model), rs));
    }

    private static ReadoutEvaluation evaluate(Gazetteer g, Segmenter segmenter, List<GoldReadout> rs) {
        return new ReadoutEvaluator(new ReadoutAnalyzer(g, segmenter, LearnedSpeakerResolver.bundled(g), LearnedStatementDetector.bundled(g),
                LearnedPartyAttributor.bundled(g))).evaluate(rs, null);
    }

    private static void print(Split s, String name, ReadoutEvaluation e) {
        System.out.printf(Locale.ROOT, "%-6s %-8s %10.3f %8.3f%n", s.name().toLowerCase(Locale.ROOT), name, e.boundaryF1(), e.attributionF1());
    }

    @Override
    Map<String, double[]> heldOutFigures(GoldReadoutsInput.Loaded in, List<GoldReadout> held, LogisticModel model) {
        Gazetteer g = in.gazetteer();
        ReadoutEvaluation learned = evaluate(g, new LearnedSegmenter(model), held);
        ReadoutEvaluation rules = evaluate(g, new RuleSegmenter(), held);
        Map<String, double[]> out = new LinkedHashMap<>();
        out.put("boundary F1", new double[] {learned.boundaryF1(), rules.boundaryF1()});
        out.put("party F1", new double[] {learned.attributionF1(), rules.attributionF1()});
        return out;
    }

    /** Chosen by five-fold cross-validation on the train readouts. */
    static final class ClauseDefaults extends Defaults {
        ClauseDefaults() {
            super(ClauseTrainer.EPOCHS, ClauseTrainer.LEARNING_RATE, ClauseTrainer.MIN_COUNT, "models/clauses.json");
        }
    }
}
