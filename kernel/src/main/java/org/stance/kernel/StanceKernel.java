package org.stance.kernel;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.JupyterIO;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.dflib.jjava.jupyter.kernel.LanguageInfo;
import org.dflib.jjava.jupyter.kernel.ReplacementOptions;
import org.dflib.jjava.jupyter.kernel.comm.CommManager;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.util.StringStyler;

/**
 * The notebooks' Jupyter kernel: JJava's base kernel does the messaging, a {@link CellEvaluator}
 * runs the cells. Started by Jupyter as {@code java -cp ... org.stance.kernel.StanceKernel <connection file>}
 * (notebooks/run.sh writes the kernelspec).
 */
public final class StanceKernel extends BaseKernel {
    public static final String NAME = "stance-java";
    /** Loggers configured here must stay referenced, or their levels go with them. */
    private static final List<Logger> QUIET = new ArrayList<>();
    private final CellEvaluator evaluator;

    public StanceKernel(CellEvaluator evaluator) {
        super(NAME, version(), new LanguageInfo("java", System.getProperty("java.specification.version"),
                        "text/x-java-source", ".jshell", "java", "java", null),
                List.of(), null, new JupyterIO(StandardCharsets.UTF_8), new CommManager(), chartRenderer(), null, null,
                false, new StringStyler.Builder().build());
        this.evaluator = evaluator;
        Notebook.attach(getRenderer(), this::display);
    }

    private static Renderer chartRenderer() {
        Renderer r = new Renderer();
        Notebook.registerCharts(r);
        return r;
    }

    private static String version() {
        String v = StanceKernel.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    @Override
    public Object evalRaw(String source) {
        CellEvaluator.Result r;
        try {
            r = evaluator.eval(source);
        } finally {
            System.out.flush();
            System.err.flush();
        }
        if (!r.present()) {
            return null;
        }
        return r.value() == null ? "null" : r.value();
    }

    /**
     * JJava's streams send a message for every write, so one printf arrives in pieces; these send
     * whole lines (and the rest when the cell ends).
     */
    @Override
    protected void replaceOutputStreams(ShellReplyEnvironment env) {
        super.replaceOutputStreams(env);
        System.setOut(new PrintStream(new LineOutputStream(io.out), false, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new LineOutputStream(io.err), false, StandardCharsets.UTF_8));
    }

    @Override
    public DisplayData inspect(String code, int at, boolean extraDetail) {
        return null;
    }

    @Override
    public ReplacementOptions complete(String code, int at) {
        CellEvaluator.Completions c = evaluator.complete(code, at);
        return c.options().isEmpty() ? null : new ReplacementOptions(c.options(), c.start(), at);
    }

    @Override
    public String isComplete(String code) {
        return switch (evaluator.completeness(code)) {
            case "complete" -> IS_COMPLETE_YES;
            case "invalid" -> IS_COMPLETE_BAD;
            default -> "";
        };
    }

    @Override
    public void interrupt() {
        evaluator.interrupt();
    }

    @Override
    public List<String> formatError(Throwable e) {
        if (e instanceof CellException c) {
            return c.traceback();
        }
        return super.formatError(e);
    }

    @Override
    public void onShutdown(boolean isRestarting) {
        evaluator.close();
        super.onShutdown(isRestarting);
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: java -cp ... org.stance.kernel.StanceKernel <connection file>");
            System.exit(2);
        }
        System.setProperty("java.awt.headless", "true");
        // Bind java.util.logging's console handler to the real stderr now: created later, inside a cell,
        // it would write every later log line into that cell's output. Tribuo logs each epoch at INFO.
        Logger.getLogger("").getHandlers();
        quiet("org.tribuo");
        String connection = Files.readString(Path.of(args[0]));
        StanceKernel kernel = new StanceKernel(new CellEvaluator(System.getProperty("java.class.path")));
        JupyterConnection jupyter = new JupyterConnection(KernelConnectionProperties.parse(connection));
        kernel.becomeHandlerForConnection(jupyter);
        jupyter.connect();
        jupyter.waitUntilClose();
        // library thread pools (ND4J, ONNX Runtime) must not keep a closed kernel alive
        System.exit(0);
    }

    private static void quiet(String logger) {
        Logger l = Logger.getLogger(logger);
        l.setLevel(Level.WARNING);
        QUIET.add(l);
    }
}
