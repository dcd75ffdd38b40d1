package org.stance.training.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.stance.core.StanceLabel;
import org.stance.core.corpus.LabeledStatement;
import org.stance.core.features.LexicalFeatures;

/**
 * Statements with their gold labels, encoder vectors and lexical features, computed once and
 * shared by every trainer and evaluator.
 */
public record EncodedStatements(List<LabeledStatement> statements, float[][] embeddings, List<Set<String>> lexical) {

    public static EncodedStatements of(List<LabeledStatement> statements, float[][] embeddings) {
        List<Set<String>> lex = new ArrayList<>(statements.size());
        for (LabeledStatement s : statements) {
            lex.add(LexicalFeatures.of(s.text()));
        }
        return new EncodedStatements(List.copyOf(statements), embeddings, List.copyOf(lex));
    }

    public int size() {
        return statements.size();
    }

    public List<String> texts() {
        return statements.stream().map(LabeledStatement::text).toList();
    }

    /** Gold labels as a 0/1 matrix [statement][label], labels in schema order. */
    public boolean[][] gold() {
        StanceLabel[] labels = StanceLabel.values();
        boolean[][] y = new boolean[size()][labels.length];
        for (int i = 0; i < size(); i++) {
            for (int l = 0; l < labels.length; l++) {
                y[i][l] = statements.get(i).labels().contains(labels[l]);
            }
        }
        return y;
    }
}
