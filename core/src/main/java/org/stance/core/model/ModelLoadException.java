package org.stance.core.model;

/** A model artifact that cannot be loaded; never leaves a half-loaded model behind. */
public class ModelLoadException extends RuntimeException {
    public ModelLoadException(String message) {
        super(message);
    }

    public ModelLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
