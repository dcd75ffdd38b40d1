package org.stance.core.readout;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.stance.core.party.Gazetteer;

/**
 * Speaker versus context by a logistic model over the rules' decisions and the segments' wording
 * ({@link StatementFeatures}). The rules read the first verb of speech and its subject; fitted on the gold
 * readouts, the model learns where that reading fails (news background with the speaker as subject,
 * attribution lines, the speaker's own commitments without a verb of speech). Five-fold cross-validation
 * over the train readouts grouped by conflict chose it over the rules alone; see {@code ./stance train-statements}.
 */
public final class LearnedStatementDetector implements StatementDetector {
    /** The model bundled with core, fitted on the shipped train readouts by {@code ./stance train-statements}. */
    public static final String BUNDLED = "statement-model.json";
    private final RuleStatementDetector rules;
    private final StatementFeatures features;
    private final LogisticModel model;

    public LearnedStatementDetector(Gazetteer gazetteer, LogisticModel model) {
        if (!model.task().equals(LogisticModel.STATEMENTS)) {
            throw new IllegalArgumentException("a " + model.task() + " model cannot detect statements");
        }
        this.rules = new RuleStatementDetector(gazetteer);
        this.features = new StatementFeatures(gazetteer);
        this.model = model;
    }

    /** The detector with the bundled model. */
    public static LearnedStatementDetector bundled(Gazetteer gazetteer) {
        return new LearnedStatementDetector(gazetteer, bundledModel());
    }

    public static LogisticModel bundledModel() {
        return LogisticModel.bundled(BUNDLED, LogisticModel.STATEMENTS);
    }

    @Override
    public List<Boolean> detect(List<Segment> segments, String speaker) {
        List<Set<String>> f = features.of(segments, rules.detect(segments, speaker), speaker);
        LogisticModel decider = model;
        if (model.secondStage() != null) {
            f = StatementFeatures.withNeighbours(f, f.stream().map(model::probability).toList());
            decider = model.secondStage();
        }
        List<Boolean> out = new ArrayList<>(f.size());
        for (Set<String> x : f) {
            out.add(decider.decide(x));
        }
        return out;
    }
}
