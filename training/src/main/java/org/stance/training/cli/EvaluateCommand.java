package org.stance.training.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the report lands; see issue 5. */
@Command(name = "evaluate", description = "Evaluate models on labeled data and write a report.")
final class EvaluateCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UserInputException("evaluate is not built yet");
    }
}
