package org.stance.core.corpus;

import java.nio.file.Path;

/** Bad data: names the file, the line (1-based, 0 when it concerns the whole file) and the problem. */
public class DataValidationException extends RuntimeException {
    private final Path file;
    private final int line;
    private final String problem;

    public DataValidationException(Path file, int line, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    public Path file() {
        return file;
    }

    public int line() {
        return line;
    }

    public String problem() {
        return problem;
    }
}
