package org.stance.kernel;

import java.util.List;

/**
 * A cell that did not run to the end. The message is one line (Jupyter's {@code evalue}); the
 * traceback holds the lines a notebook shows under it.
 */
public class CellException extends RuntimeException {
    private final List<String> traceback;

    public CellException(String message, List<String> traceback) {
        super(message);
        this.traceback = List.copyOf(traceback);
    }

    public List<String> traceback() {
        return traceback;
    }

    /** A snippet that does not compile. */
    public static final class CompileError extends CellException {
        public CompileError(String message, List<String> traceback) {
            super(message, traceback);
        }
    }

    /** User code threw: the message names the exception's class, as Java prints it. */
    public static final class EvalError extends CellException {
        private final String exceptionClass;

        public EvalError(String exceptionClass, String message, List<String> traceback) {
            super(message, traceback);
            this.exceptionClass = exceptionClass;
        }

        /** The class of what the cell threw ({@code java.lang.IllegalStateException}). */
        public String exceptionClass() {
            return exceptionClass;
        }
    }
}
