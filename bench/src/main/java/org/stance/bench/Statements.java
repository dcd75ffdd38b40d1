package org.stance.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.stance.core.corpus.Corpus;
import org.stance.core.corpus.CorpusReader;
import org.stance.core.corpus.LabeledStatement;
import org.stance.core.corpus.Split;
import org.stance.core.party.Gazetteer;

/** The statements both benchmarks send: the shipped test and dev statements, so lengths are realistic. */
final class Statements {
    private Statements() {
    }

    static List<String> load(Path datasets) {
        CorpusReader reader = new CorpusReader(Gazetteer.load(Corpus.gazetteerFile(datasets)));
        List<String> out = new ArrayList<>();
        for (Split s : List.of(Split.TEST, Split.DEV)) {
            for (LabeledStatement st : reader.readStatements(Corpus.statementsFile(datasets, s))) {
                out.add(st.text());
            }
        }
        return out;
    }
}
