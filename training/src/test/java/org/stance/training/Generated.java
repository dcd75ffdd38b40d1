package org.stance.training;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.stance.core.StanceLabel;
import org.stance.core.corpus.LabeledStatement;
import org.stance.training.data.EncodedStatements;

/**
 * Small generated data that tests the machinery, not the accuracy: vectors whose first
 * coordinates carry the labels, plus matching trigger words for the lexical view.
 */
public final class Generated {
    private Generated() {
    }

    public static EncodedStatements statements(int n, long seed) {
        Random r = new Random(seed);
        List<LabeledStatement> out = new ArrayList<>();
        float[][] emb = new float[n][384];
        String[] words = {"restraint", "condemned", "condolences"};
        for (int i = 0; i < n; i++) {
            Set<StanceLabel> labels = EnumSet.noneOf(StanceLabel.class);
            StringBuilder text = new StringBuilder("The minister spoke");
            for (StanceLabel l : StanceLabel.values()) {
                if (r.nextDouble() < 0.35) {
                    labels.add(l);
                    emb[i][l.ordinal()] = 1f;
                    text.append(' ').append(words[l.ordinal()]);
                }
            }
            for (int d = 3; d < 384; d++) {
                emb[i][d] = (float) (r.nextGaussian() * 0.05);
            }
            out.add(new LabeledStatement("g" + seed + "-" + i, text + " item" + i, labels, List.of(), "c" + (i % 3), "", ""));
        }
        return EncodedStatements.of(out, emb);
    }
}
