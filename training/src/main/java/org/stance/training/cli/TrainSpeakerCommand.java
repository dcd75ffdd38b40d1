package org.stance.training.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.stance.core.corpus.GoldReadout;
import org.stance.core.corpus.Split;
import org.stance.core.party.Gazetteer;
import org.stance.core.readout.LearnedPartyAttributor;
import org.stance.core.readout.LearnedSpeakerResolver;
import org.stance.core.readout.LearnedStatementDetector;
import org.stance.core.readout.LogisticModel;
import org.stance.core.readout.ReadoutAnalyzer;
import org.stance.core.readout.RuleSpeakerResolver;
import org.stance.core.readout.SpeakerResolver;
import org.stance.training.analysis.SpeakerTrainer;
import org.stance.training.evaluation.ReadoutEvaluation;
import org.stance.training.evaluation.ReadoutEvaluator;
import picocli.CommandLine.Command;

/** Fits the learned speaker resolver on gold readouts and compares it with the rules on dev and test. */
@Command(name = "train-speaker", mixinStandardHelpOptions = true, defaultValueProvider = TrainSpeakerCommand.SpeakerDefaults.class, description = {
        "Fit the learned speaker resolver on gold readouts (the shipped train readouts, and yours with --data),",
        "print how often the rules, the bundled model and the new model find the speaker on the dev and test readouts, and",
        "party attribution F1 end to end with each, write the model.",
        "Use it with: ./stance analyze-eval --speaker FILE, or serve it with STANCE_SPEAKER_MODEL=FILE."})
final class TrainSpeakerCommand extends FitAnalysisModelCommand {
    @Override
    LogisticModel fit(GoldReadoutsInput.Loaded in) {
        return new SpeakerTrainer(in.gazetteer(), epochs, learningRate, minCount).train(in.train(), input.seed, in.trainedOn());
    }

    @Override
    void describe(LogisticModel model) {
        System.out.printf(Locale.ROOT, "fitted on %s readouts, %s candidates (the speaker among them in %s), %d weights%n",
                model.trainedOn().get("readouts"), model.trainedOn().get("candidates"), model.trainedOn().get("speakers_among_candidates"),
                model.weights().size());
        System.out.printf(Locale.ROOT, "%-6s %-8s %8s %8s%n", "split", "speaker", "found", "partyF1");
    }

    @Override
    void compare(GoldReadoutsInput.Loaded in, Split s, List<GoldReadout> rs, LogisticModel model) {
        Gazetteer g = in.gazetteer();
        print(s, "rules", evaluate(g, new RuleSpeakerResolver(g), rs));
        print(s, "new", evaluate(g, new LearnedSpeakerResolver(g, model), rs));
    }

    private static ReadoutEvaluation evaluate(Gazetteer g, SpeakerResolver speakers, List<GoldReadout> rs) {
        return new ReadoutEvaluator(ReadoutAnalyzer.with(g, speakers, LearnedStatementDetector.bundled(g), LearnedPartyAttributor.bundled(g)))
                .evaluate(rs, null);
    }

    private static void print(Split s, String name, ReadoutEvaluation e) {
        System.out.printf(Locale.ROOT, "%-6s %-8s %8.3f %8.3f%n", s.name().toLowerCase(Locale.ROOT), name, e.speakerAccuracy(),
                e.attributionF1());
    }

    @Override
    Map<String, double[]> heldOutFigures(GoldReadoutsInput.Loaded in, List<GoldReadout> held, LogisticModel model) {
        Gazetteer g = in.gazetteer();
        ReadoutEvaluation learned = evaluate(g, new LearnedSpeakerResolver(g, model), held);
        ReadoutEvaluation rules = evaluate(g, new RuleSpeakerResolver(g), held);
        Map<String, double[]> out = new LinkedHashMap<>();
        out.put("speaker found", new double[] {learned.speakerAccuracy(), rules.speakerAccuracy()});
        out.put("party F1", new double[] {learned.attributionF1(), rules.attributionF1()});
        return out;
    }

    /** Chosen by five-fold cross-validation on the train readouts. */
    static final class SpeakerDefaults extends Defaults {
        SpeakerDefaults() {
            super(SpeakerTrainer.EPOCHS, SpeakerTrainer.LEARNING_RATE, SpeakerTrainer.MIN_COUNT, "models/speaker.json");
        }
    }
}
