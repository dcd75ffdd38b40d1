package org.stance.training.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Measures readout analysis on the gold readouts. */
@Command(name = "analyze-eval", description = "Measure segmentation, speaker-versus-context and party attribution on gold readouts.")
final class AnalyzeCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UserInputException("not built yet");
    }
}
