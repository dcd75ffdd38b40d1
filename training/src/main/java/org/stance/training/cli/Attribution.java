package org.stance.training.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.stance.core.party.Gazetteer;
import org.stance.core.readout.AttributionModel;
import org.stance.core.readout.ReadoutAnalyzer;

/** The readout analyzer a command asked for with --attribution. */
final class Attribution {
    private Attribution() {
    }

    static ReadoutAnalyzer analyzer(Gazetteer g, String choice) {
        if (choice.equals("rules")) {
            return ReadoutAnalyzer.rules(g);
        }
        Path file = Path.of(choice);
        if (!Files.isRegularFile(file)) {
            throw new UserInputException("--attribution: " + file + " is not a file (nor \"rules\")");
        }
        try {
            return ReadoutAnalyzer.learned(g, AttributionModel.read(file));
        } catch (IOException | IllegalArgumentException e) {
            throw new UserInputException("--attribution: " + file + ": " + e.getMessage());
        }
    }
}
