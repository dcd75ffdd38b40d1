package org.stance.training.cli;

import java.nio.file.Path;

/** Where the command line finds things; one place, overridable by environment. */
final class Paths {
    private Paths() {
    }

    static Path datasets() {
        return Path.of(System.getenv().getOrDefault("STANCE_DATASETS", "datasets"));
    }

    static Path models() {
        return Path.of(System.getenv().getOrDefault("STANCE_MODELS", "models"));
    }
}
