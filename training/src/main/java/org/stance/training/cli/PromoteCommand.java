package org.stance.training.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.stance.core.model.ModelArtifacts;
import org.stance.core.model.ModelLoadException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Marks an artifact as the one the service loads (on start or on reload). */
@Command(name = "promote", mixinStandardHelpOptions = true, description = "Mark a model artifact active (the service loads it on start or reload).")
final class PromoteCommand implements Callable<Integer> {
    @Parameters(paramLabel = "ARTIFACT", description = "artifact directory, or its id under the models folder")
    String artifact;

    @Override
    public Integer call() throws Exception {
        Path models = Paths.models();
        Path dir = Path.of(artifact);
        if (!dir.toFile().isDirectory()) {
            dir = models.resolve(artifact);
        }
        try {
            ModelArtifacts.promote(models, dir);
        } catch (ModelLoadException e) {
            throw new UserInputException(e.getMessage());
        }
        System.out.println("active model: " + dir.getFileName() + " (" + models.resolve(ModelArtifacts.ACTIVE_FILE) + ")");
        return 0;
    }
}
