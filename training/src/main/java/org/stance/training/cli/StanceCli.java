package org.stance.training.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code ./stance} for everything except serving. */
@Command(name = "stance", mixinStandardHelpOptions = true, version = "stance 0.1",
        description = "Per-party stance of diplomatic readouts.",
        subcommands = {TrainCommand.class, EvaluateCommand.class, PromoteCommand.class, DataCommand.class,
                AnalyzeCommand.class, TrainAttributionCommand.class, TrainStatementsCommand.class,
                TrainSpeakerCommand.class, TrainSegmenterCommand.class})
public final class StanceCli implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** The command line with its error handling: user errors print one line and exit 2, no stack trace. */
    public static CommandLine commandLine() {
        return new CommandLine(new StanceCli())
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println("error: " + e.getMessage());
                    return e instanceof UserInputException ? 2 : 1;
                });
    }

    /** Held so the level sticks: java.util.logging keeps loggers only weakly. */
    private static final java.util.logging.Logger TRIBUO_LOG = java.util.logging.Logger.getLogger("org.tribuo");

    public static void main(String[] args) {
        // Tribuo logs every epoch at INFO; the progress bars already say where training is
        TRIBUO_LOG.setLevel(java.util.logging.Level.WARNING);
        System.exit(commandLine().execute(args));
    }
}
