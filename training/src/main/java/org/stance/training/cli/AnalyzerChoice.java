package org.stance.training.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.stance.core.party.Gazetteer;
import org.stance.core.readout.LearnedPartyAttributor;
import org.stance.core.readout.LearnedSegmenter;
import org.stance.core.readout.LearnedSpeakerResolver;
import org.stance.core.readout.LearnedStatementDetector;
import org.stance.core.readout.LogisticModel;
import org.stance.core.readout.PartyAttributor;
import org.stance.core.readout.ReadoutAnalyzer;
import org.stance.core.readout.RulePartyAttributor;
import org.stance.core.readout.RuleSegmenter;
import org.stance.core.readout.RuleSpeakerResolver;
import org.stance.core.readout.RuleStatementDetector;
import org.stance.core.readout.Segmenter;
import org.stance.core.readout.SpeakerResolver;
import org.stance.core.readout.StatementDetector;

/** The readout analyzer a command asked for with --segmenter, --speaker, --statements and --attribution. */
final class AnalyzerChoice {
    private AnalyzerChoice() {
    }

    /**
     * @param segmenter "model" (the bundled clause-split model), "rules", or a file written by train-segmenter
     * @param speaker "model" (the bundled speaker model), "rules", or a file written by train-speaker
     * @param statements "model" (the bundled statement model), "rules", or a file written by train-statements
     * @param attribution "model" (the bundled attribution model), "rules", or a file written by train-attribution
     */
    static ReadoutAnalyzer analyzer(Gazetteer g, String segmenter, String speaker, String statements, String attribution) {
        Segmenter segments = switch (segmenter) {
            case "model" -> LearnedSegmenter.bundled();
            case "rules" -> new RuleSegmenter();
            default -> new LearnedSegmenter(read("--segmenter", segmenter, LogisticModel.CLAUSES));
        };
        SpeakerResolver speakers = switch (speaker) {
            case "model" -> LearnedSpeakerResolver.bundled(g);
            case "rules" -> new RuleSpeakerResolver(g);
            default -> new LearnedSpeakerResolver(g, read("--speaker", speaker, LogisticModel.SPEAKER));
        };
        StatementDetector detector = switch (statements) {
            case "model" -> LearnedStatementDetector.bundled(g);
            case "rules" -> new RuleStatementDetector(g);
            default -> new LearnedStatementDetector(g, read("--statements", statements, LogisticModel.STATEMENTS));
        };
        PartyAttributor attributor = switch (attribution) {
            case "model" -> LearnedPartyAttributor.bundled(g);
            case "rules" -> new RulePartyAttributor(g);
            default -> LearnedPartyAttributor.of(g, read("--attribution", attribution, LogisticModel.ATTRIBUTION));
        };
        return new ReadoutAnalyzer(g, segments, speakers, detector, attributor);
    }

    private static LogisticModel read(String option, String choice, String task) {
        Path file = Path.of(choice);
        if (!Files.isRegularFile(file)) {
            throw new UserInputException(option + ": " + file + " is not a file (nor one of the named choices)");
        }
        try {
            return LogisticModel.read(file, task);
        } catch (IOException e) {
            throw new UserInputException(option + ": " + file + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new UserInputException(option + ": " + e.getMessage()); // the message names the file
        }
    }
}
