package org.stance.core.readout;

import java.util.List;

/**
 * Sentences as the rules find them; clause splits by a logistic model over {@link ClauseFeatures}, which sees the
 * rules' decision at each candidate and learns from the gold readouts where the guide splits a sentence that the
 * rules leave whole (", and that ...", ", saying ...", ", but ...") and the reverse. Five-fold cross-validation over the
 * train readouts grouped by conflict chose it over the rules alone; see {@code ./stance train-segmenter}.
 */
public final class LearnedSegmenter implements Segmenter {
    /** The model bundled with core, fitted on the shipped train readouts by {@code ./stance train-segmenter}. */
    public static final String BUNDLED = "clause-model.json";
    private final RuleSegmenter rules = new RuleSegmenter();
    private final LogisticModel model;

    public LearnedSegmenter(LogisticModel model) {
        if (!model.task().equals(LogisticModel.CLAUSES)) {
            throw new IllegalArgumentException("a " + model.task() + " model cannot split clauses");
        }
        this.model = model;
    }

    /** The segmenter with the bundled model. */
    public static LearnedSegmenter bundled() {
        return new LearnedSegmenter(bundledModel());
    }

    public static LogisticModel bundledModel() {
        return LogisticModel.bundled(BUNDLED, LogisticModel.CLAUSES);
    }

    @Override
    public List<Segment> segment(String text) {
        return rules.segment(text, (sentence, offset, at, next, rule) -> model.decide(ClauseFeatures.of(sentence, at, next, rule)));
    }
}
