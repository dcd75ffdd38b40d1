package org.stance.core.readout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Party attribution by a logistic model that weighs the rules' evidence: every party the rules
 * give, name, frame or carry over is a candidate, and the model keeps those it finds addressed.
 * The rules take the first cue that fires; the model learns from the gold readouts how far each cue
 * (and the words around a name) can be trusted when several disagree. Where the model has a second stage, that
 * stage decides, seeing also how each candidate ranks among the statement's candidates.
 */
public final class LearnedPartyAttributor implements PartyAttributor {
    /** The model bundled with core, fitted on the shipped train readouts by {@code ./stance train-attribution}. */
    public static final String BUNDLED = "attribution-model.json";
    private final RulePartyAttributor rules;
    private final AttributionFeatures features;
    private final LogisticModel model;

    public LearnedPartyAttributor(RulePartyAttributor rules, AttributionFeatures features, LogisticModel model) {
        if (!model.task().equals(LogisticModel.ATTRIBUTION)) {
            throw new IllegalArgumentException("a " + model.task() + " model cannot attribute parties");
        }
        this.rules = rules;
        this.features = features;
        this.model = model;
    }

    /** The attributor with the bundled model. */
    public static LearnedPartyAttributor bundled(org.stance.core.party.Gazetteer gazetteer) {
        return of(gazetteer, bundledModel());
    }

    /** The attributor with the given model over the rules of this gazetteer. */
    public static LearnedPartyAttributor of(org.stance.core.party.Gazetteer gazetteer, LogisticModel model) {
        return new LearnedPartyAttributor(new RulePartyAttributor(gazetteer), new AttributionFeatures(gazetteer), model);
    }

    public static LogisticModel bundledModel() {
        return LogisticModel.bundled(BUNDLED, LogisticModel.ATTRIBUTION);
    }

    @Override
    public List<List<String>> attribute(List<Segment> segments, List<Boolean> statement, String speaker, List<String> given) {
        AttributionEvidence evidence = rules.evidence(segments, statement, speaker, given);
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            if (!statement.get(i)) {
                out.add(List.of());
                continue;
            }
            Map<String, Set<String>> candidates = features.of(evidence, segments, statement, i, speaker);
            LogisticModel decider = model;
            if (model.secondStage() != null) {
                Map<String, Double> first = new HashMap<>();
                candidates.forEach((party, f) -> first.put(party, model.probability(f)));
                candidates = AttributionFeatures.ranked(candidates, first);
                decider = model.secondStage();
            }
            List<String> parties = new ArrayList<>();
            for (Map.Entry<String, Set<String>> c : candidates.entrySet()) {
                if ((given.isEmpty() || given.contains(c.getKey())) && decider.decide(c.getValue())) {
                    parties.add(c.getKey());
                }
            }
            out.add(parties);
        }
        return out;
    }
}
