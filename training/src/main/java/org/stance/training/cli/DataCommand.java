package org.stance.training.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.stance.core.corpus.Corpus;
import org.stance.core.corpus.CorpusStatistics;
import org.stance.core.corpus.DataValidationException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Validates the corpus and prints its statistics against the targets. */
@Command(name = "data", mixinStandardHelpOptions = true, description = "Validate the labeled data and print its statistics.")
final class DataCommand implements Callable<Integer> {
    @Option(names = "--datasets", description = "datasets folder (default: ${DEFAULT-VALUE})", defaultValue = "datasets")
    Path datasets;

    @Override
    public Integer call() {
        List<DataValidationException> problems = new ArrayList<>();
        Corpus corpus = Corpus.load(datasets, problems::add);
        if (!problems.isEmpty()) {
            problems.forEach(p -> System.err.println(p.getMessage()));
            System.err.println(problems.size() + " problem(s) in " + datasets);
            return 2;
        }
        System.out.print(CorpusStatistics.of(corpus).render());
        return 0;
    }
}
