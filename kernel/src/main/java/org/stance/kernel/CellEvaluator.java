package org.stance.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.UnresolvedReferenceException;

/**
 * Evaluates notebook cells with JShell. A cell is split into complete snippets, evaluated in order;
 * the first that does not compile or throws ends the cell with a {@link CellException}. The cell's
 * value is the value of its last snippet when that is an expression not followed by a semicolon
 * ({@code chart} shows the chart, {@code System.out.printf(...);} shows no PrintStream).
 *
 * <p>Snippets run in this JVM (see {@link CapturingExecutionControl}), so a cell sees the same
 * classes as the kernel, and {@link Notebook}'s display helpers reach the kernel.
 */
public final class CellEvaluator implements AutoCloseable {
    /** Imported into every session, before the first cell. */
    public static final List<String> IMPORTS = List.of("java.util.*", "java.util.function.*", "java.util.stream.*",
            "java.nio.file.*", "java.io.*", "static org.stance.kernel.Notebook.*");

    /** What a cell evaluated to: {@link #value()} is meaningful only when {@link #present()}. */
    public record Result(boolean present, Object value) {
        static final Result NONE = new Result(false, null);
    }

    private final CapturingExecutionControl control = new CapturingExecutionControl();
    private final JShell shell;

    /**
     * @param classpath what cells compile against, path-separated; the classes must also be on this
     *                  JVM's class path, where cells load them from
     */
    public CellEvaluator(String classpath) {
        this.shell = JShell.builder()
                .executionEngine(control.provider(), java.util.Map.of())
                .compilerOptions("-Xlint:none", "-proc:none")
                .build();
        if (classpath != null && !classpath.isBlank()) {
            shell.addToClasspath(classpath);
        }
        for (String imp : IMPORTS) {
            eval("import " + imp + ";");
        }
    }

    /** Evaluates a cell. */
    public Result eval(String cell) {
        SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
        Result last = Result.NONE;
        String rest = cell;
        while (!rest.isBlank()) {
            // a snippet's source keeps the whitespace before it: positions in it count from here
            int offset = cell.length() - rest.length();
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
            switch (info.completeness()) {
                case COMPLETE, COMPLETE_WITH_SEMI -> {
                    Result r = evalSnippet(info.source(), cell, offset);
                    // as in IPython, a semicolon after a cell's last expression hides its value
                    String typed = rest.substring(0, rest.length() - info.remaining().length()).strip();
                    last = typed.endsWith(";") ? Result.NONE : r;
                    rest = info.remaining();
                }
                case EMPTY -> rest = "";
                case UNKNOWN -> {
                    // not Java as far as the analysis can tell: the compiler says why
                    evalSnippet(rest, cell, offset);
                    throw new CellException.CompileError("cannot parse: " + firstLine(rest), List.of(rest.strip()));
                }
                default -> throw new CellException("incomplete input at line " + lineOf(cell, offset + leading(rest))
                        + ": " + firstLine(rest) + " (a brace, parenthesis or quote is not closed)", List.of(rest.strip()));
            }
        }
        return last;
    }

    private Result evalSnippet(String source, String cell, int start) {
        control.clearStopped();
        List<SnippetEvent> events = shell.eval(source);
        Result result = Result.NONE;
        CellException failure = null;
        for (SnippetEvent e : events) {
            Object[] taken = CapturingExecutionControl.isKey(e.value()) ? control.take(e.value()) : null;
            if (e.causeSnippet() != null) {
                continue; // an update of an older snippet that depends on this one
            }
            if (control.stopped()) {
                failure = new CellException("interrupted", List.of("the cell was interrupted"));
            } else if (e.exception() != null) {
                failure = evalError(e.exception());
            } else if (e.status() == Snippet.Status.REJECTED) {
                failure = compileError(e.snippet(), cell, start);
            } else if (e.status() == Snippet.Status.RECOVERABLE_DEFINED || e.status() == Snippet.Status.RECOVERABLE_NOT_DEFINED) {
                if (!(e.snippet() instanceof DeclarationSnippet d) || !isMethodOrType(d)) {
                    failure = compileError(e.snippet(), cell, start);
                }
            } else if (isExpression(e.snippet()) && taken != null) {
                result = new Result(true, taken[0]);
            }
        }
        control.forgetValues(); // values JShell did not surface (a statement's) must not pile up
        if (failure != null) {
            throw failure;
        }
        return result;
    }

    private static boolean isMethodOrType(DeclarationSnippet d) {
        return d.kind() == Snippet.Kind.METHOD || d.kind() == Snippet.Kind.TYPE_DECL;
    }

    private static boolean isExpression(Snippet s) {
        return switch (s.subKind()) {
            case VAR_VALUE_SUBKIND, OTHER_EXPRESSION_SUBKIND, TEMP_VAR_EXPRESSION_SUBKIND -> true;
            default -> false;
        };
    }

    private CellException compileError(Snippet snippet, String cell, int snippetStart) {
        List<Diag> diags = shell.diagnostics(snippet).filter(Diag::isError).collect(Collectors.toList());
        List<String> lines = new ArrayList<>();
        String first = null;
        String[] src = snippet.source().split("\n", -1);
        int baseLine = lineOf(cell, snippetStart);
        for (Diag d : diags) {
            String msg = d.getMessage(Locale.ROOT).lines()
                    .filter(l -> !l.strip().startsWith("location:")).collect(Collectors.joining(" "));
            long pos = d.getStartPosition() >= 0 ? d.getStartPosition() : d.getPosition();
            int line = pos < 0 ? 0 : lineOf(snippet.source(), (int) pos) - 1;
            String where = "line " + (baseLine + line);
            if (first == null) {
                first = where + ": " + msg;
            }
            lines.add(where + ": " + msg);
            if (line < src.length) {
                lines.add("    " + src[line]);
                int col = pos < 0 ? -1 : (int) pos - startOfLine(snippet.source(), (int) pos);
                if (col >= 0) {
                    lines.add("    " + " ".repeat(col) + "^");
                }
            }
        }
        if (snippet instanceof DeclarationSnippet d) {
            List<String> unresolved = shell.unresolvedDependencies(d).collect(Collectors.toList());
            if (!unresolved.isEmpty()) {
                String msg = "line " + baseLine + ": unresolved: " + String.join(", ", unresolved);
                first = first == null ? msg : first;
                lines.add(msg);
            }
        }
        if (first == null) {
            first = "line " + baseLine + ": does not compile: " + firstLine(snippet.source());
            lines.add(first);
        }
        return new CellException.CompileError(first, lines);
    }

    private static CellException evalError(JShellException e) {
        if (e instanceof UnresolvedReferenceException u) {
            String msg = "uses a definition with unresolved references: " + firstLine(u.getSnippet().source());
            return new CellException(msg, List.of(msg));
        }
        String cls = e instanceof EvalException ee ? ee.getExceptionClassName() : e.getClass().getName();
        String msg = e.getMessage() == null ? cls : cls + ": " + e.getMessage();
        List<String> lines = new ArrayList<>();
        Throwable t = e;
        String prefix = "";
        while (t != null) {
            String tc = t instanceof EvalException ee ? ee.getExceptionClassName() : t.getClass().getName();
            lines.add(prefix + tc + (t.getMessage() == null ? "" : ": " + t.getMessage()));
            for (StackTraceElement f : t.getStackTrace()) {
                String c = f.getClassName();
                if (c.startsWith("jdk.internal.reflect.") || c.startsWith("java.lang.reflect.")
                        || c.startsWith("org.stance.kernel.") || c.startsWith("java.util.concurrent.")) {
                    continue;
                }
                lines.add("\tat " + (isCell(f) ? cellFrame(f) : f.toString()));
            }
            t = t.getCause() == t ? null : t.getCause();
            prefix = "Caused by: ";
        }
        return new CellException.EvalError(cls, msg, lines);
    }

    /** JShell reports frames of cell code with an empty class name and the snippet id as file. */
    private static boolean isCell(StackTraceElement f) {
        return f.getClassName().isEmpty() || f.getClassName().startsWith("REPL.")
                || f.getFileName() != null && f.getFileName().startsWith("#");
    }

    private static String cellFrame(StackTraceElement f) {
        String where = f.getFileName() == null ? "" : " (snippet " + f.getFileName() + ", line " + f.getLineNumber() + ")";
        String m = f.getMethodName();
        return (m.isEmpty() || m.startsWith("do_it$") ? "cell" : "cell: " + m + "()") + where;
    }

    /** Completion candidates at a cursor: the replacement texts and where they start. */
    public record Completions(List<String> options, int start) {
    }

    public Completions complete(String code, int cursor) {
        int[] anchor = new int[1];
        List<SourceCodeAnalysis.Suggestion> s = shell.sourceCodeAnalysis().completionSuggestions(code, cursor, anchor);
        List<String> options = s.stream().sorted((a, b) -> Boolean.compare(b.matchesType(), a.matchesType()))
                .map(SourceCodeAnalysis.Suggestion::continuation).distinct().collect(Collectors.toList());
        return new Completions(options, anchor[0]);
    }

    /** Whether code is a complete cell: "complete", "incomplete" or "invalid". */
    public String completeness(String code) {
        String rest = code;
        SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
        while (true) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
            switch (info.completeness()) {
                case COMPLETE, COMPLETE_WITH_SEMI -> rest = info.remaining();
                case EMPTY -> {
                    return "complete";
                }
                case UNKNOWN -> {
                    return "invalid";
                }
                default -> {
                    return "incomplete";
                }
            }
        }
    }

    /** Interrupts the running cell (from another thread). */
    public void interrupt() {
        shell.stop();
    }

    @Override
    public void close() {
        shell.close();
        control.close();
    }

    private static int leading(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** 1-based line of a character offset. */
    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < Math.min(offset, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static int startOfLine(String text, int offset) {
        int i = Math.min(offset, text.length());
        while (i > 0 && text.charAt(i - 1) != '\n') {
            i--;
        }
        return i;
    }

    private static String firstLine(String s) {
        String t = s.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl) + " ...";
    }
}
