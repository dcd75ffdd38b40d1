package org.stance.core.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.stance.core.party.Gazetteer;

/**
 * The shipped corpus: the gazetteer, the labeled statements and the gold readouts by split.
 * Layout under the datasets folder: {@code gazetteer.json}, {@code statements/<split>.jsonl},
 * {@code readouts/<split>.jsonl}.
 */
public record Corpus(Path root, Gazetteer gazetteer, Map<Split, List<LabeledStatement>> statements,
                     Map<Split, List<GoldReadout>> readouts) {

    public static Path gazetteerFile(Path root) {
        return root.resolve("gazetteer.json");
    }

    public static Path statementsFile(Path root, Split split) {
        return root.resolve("statements").resolve(split.fileName());
    }

    public static Path readoutsFile(Path root, Split split) {
        return root.resolve("readouts").resolve(split.fileName());
    }

    /** Loads and validates everything; throws on the first problem. */
    public static Corpus load(Path root) {
        return load(root, p -> {
            throw p;
        });
    }

    /** Loads everything, reporting every problem (including ids repeated across files) to the sink. */
    public static Corpus load(Path root, Consumer<DataValidationException> problems) {
        Gazetteer gazetteer = Gazetteer.load(gazetteerFile(root));
        CorpusReader reader = new CorpusReader(gazetteer);
        Map<Split, List<LabeledStatement>> statements = new EnumMap<>(Split.class);
        Map<Split, List<GoldReadout>> readouts = new EnumMap<>(Split.class);
        Map<String, Path> seen = new HashMap<>();
        for (Split split : Split.values()) {
            Path sf = statementsFile(root, split);
            List<LabeledStatement> ss = reader.readStatements(sf, problems);
            for (LabeledStatement s : ss) {
                Path first = seen.putIfAbsent(s.id(), sf);
                if (first != null) {
                    problems.accept(new DataValidationException(sf, 0, "statement id \"" + s.id()
                            + "\" is used again (first in " + first + ")"));
                }
            }
            statements.put(split, ss);
            Path rf = readoutsFile(root, split);
            List<GoldReadout> rs = Files.exists(rf) ? reader.readReadouts(rf, problems) : new ArrayList<>();
            for (GoldReadout r : rs) {
                Path first = seen.putIfAbsent(r.id(), rf);
                if (first != null) {
                    problems.accept(new DataValidationException(rf, 0, "readout id \"" + r.id() + "\" is used again (first in " + first + ")"));
                }
            }
            readouts.put(split, rs);
        }
        return new Corpus(root, gazetteer, statements, readouts);
    }

    public List<LabeledStatement> statements(Split split) {
        return statements.get(split);
    }

    public List<GoldReadout> readouts(Split split) {
        return readouts.get(split);
    }

    /** Statements of a split plus the labeled statement spans of its gold readouts. */
    public List<LabeledStatement> trainingStatements(Split split) {
        List<LabeledStatement> out = new ArrayList<>(statements(split));
        out.addAll(ReadoutStatements.of(readouts(split)));
        return out;
    }
}
