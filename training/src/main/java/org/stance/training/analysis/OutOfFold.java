package org.stance.training.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.stance.core.corpus.GoldReadout;

/**
 * Examples for a second stage, built from first-stage models that never saw them: the readouts are split into
 * {@link #FOLDS} folds by conflict, and each fold's examples are read with a first stage fitted on the others. A
 * second stage fitted on in-sample probabilities would learn to trust them more than it should on new text.
 */
final class OutOfFold {
    static final int FOLDS = 4;

    /** Why there is no second stage; null when there is one. */
    record Result<T>(List<T> examples, String none) {
    }

    private OutOfFold() {
    }

    /** What a second stage records of its fitting: its features, and that its probabilities came out of fold. */
    static Map<String, String> secondStageTrainedOn(String features) {
        Map<String, String> on = new LinkedHashMap<>();
        on.put("features", features);
        on.put("folds", FOLDS + " by conflict, first-stage probabilities out of fold");
        return on;
    }

    /**
     * {@code readHeldOut.apply(fitOn, heldOut)} fits a first stage on {@code fitOn} and returns the second-stage
     * examples of {@code heldOut}; an {@link IllegalArgumentException} from it (nothing to learn in a fold) means no
     * second stage.
     */
    static <T> Result<T> examples(List<GoldReadout> golds, BiFunction<List<GoldReadout>, List<GoldReadout>, List<T>> readHeldOut) {
        List<String> conflicts = golds.stream().map(GoldReadout::conflict).distinct().sorted().toList();
        if (conflicts.size() < FOLDS) {
            return new Result<>(List.of(), "none: fewer than " + FOLDS + " conflicts to hold out");
        }
        List<T> out = new ArrayList<>();
        for (int k = 0; k < FOLDS; k++) {
            final int fold = k;
            List<GoldReadout> fitOn = golds.stream().filter(r -> conflicts.indexOf(r.conflict()) % FOLDS != fold).toList();
            List<GoldReadout> heldOut = golds.stream().filter(r -> conflicts.indexOf(r.conflict()) % FOLDS == fold).toList();
            try {
                out.addAll(readHeldOut.apply(fitOn, heldOut));
            } catch (IllegalArgumentException e) {
                return new Result<>(List.of(), "none: fold " + (k + 1) + " of " + FOLDS + ": " + e.getMessage());
            }
        }
        return new Result<>(out, null);
    }
}
