package org.stance.core.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Validates every shipped data file and holds the corpus to its figures. */
class ShippedCorpusTest {
    static final Path DATASETS = Path.of("..", "datasets");
    static Corpus corpus;
    static List<DataValidationException> problems = new ArrayList<>();

    @BeforeAll
    static void load() {
        corpus = Corpus.load(DATASETS, problems::add);
    }

    @Test
    void everyShippedFileIsValid() {
        assertEquals(List.of(), problems.stream().map(DataValidationException::getMessage).toList());
    }

    @Test
    void everyTargetOfTheCorpusIsMet() {
        CorpusStatistics stats = CorpusStatistics.of(corpus);
        Map<String, Boolean> targets = stats.targets();
        targets.forEach((name, met) -> assertTrue(met, name + "\n" + stats.render()));
    }

    @Test
    void noNearDuplicateCrossesSplitsOrStaysInside() {
        List<LabeledStatement> all = new ArrayList<>();
        for (Split s : Split.values()) {
            all.addAll(corpus.trainingStatements(s));
        }
        List<NearDuplicates.Pair> pairs = NearDuplicates.find(all);
        assertTrue(pairs.isEmpty(), pairs.stream().limit(5).map(p -> p.a().text() + " ~ " + p.b().text()).toList().toString());
    }

    @Test
    void goldReadoutSpansTileTheirText() {
        for (Split s : Split.values()) {
            for (GoldReadout r : corpus.readouts(s)) {
                int covered = 0;
                for (GoldSpan span : r.spans()) {
                    covered += span.end() - span.start();
                    assertEquals(r.spanText(span), r.spanText(span).strip(), r.id() + ": spans hold no outer white space");
                }
                int nonSpace = r.text().replaceAll("\\s", "").length();
                int spanNonSpace = r.spans().stream().mapToInt(x -> r.spanText(x).replaceAll("\\s", "").length()).sum();
                assertEquals(nonSpace, spanNonSpace, r.id() + ": every non-space character is in a span");
                assertTrue(covered <= r.text().length());
            }
        }
    }
}
