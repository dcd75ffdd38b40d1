package org.stance.kernel;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import jdk.jshell.execution.DirectExecutionControl;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * Runs snippets in this JVM, on one long-lived thread, and keeps each snippet's value as an
 * object: JShell itself only hands back a value's string form, but a chart must reach the renderer
 * as a chart. The string JShell receives is a key under which the value waits to be taken.
 *
 * <p>One thread runs every cell, so thread-local state (ND4J workspaces, for one) carries from cell
 * to cell; {@link #stop()} interrupts it, and stops it if it ignores the interrupt.
 */
final class CapturingExecutionControl extends DirectExecutionControl {
    private static final String KEY_PREFIX = "stance-kernel:value:";
    private final Map<String, Object[]> values = new ConcurrentHashMap<>();
    private final AtomicLong keys = new AtomicLong();
    private final ExecutorService worker;
    private volatile Thread workerThread;
    private volatile Future<Object> current;
    private volatile boolean stopped;

    CapturingExecutionControl() {
        this.worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "notebook-cell");
            t.setDaemon(true);
            workerThread = t;
            return t;
        });
    }

    /** Whether a JShell value string is one of this control's keys. */
    static boolean isKey(String value) {
        return value != null && value.startsWith(KEY_PREFIX);
    }

    /** Removes and returns the value stored under a key: a one-element array, or null if unknown. */
    Object[] take(String key) {
        return key == null ? null : values.remove(key);
    }

    /** Drops every value not taken. */
    void forgetValues() {
        values.clear();
    }

    @Override
    protected String invoke(Method doit) throws Exception {
        stopped = false;
        Future<Object> run = worker.submit(() -> doit.invoke(null));
        current = run;
        Object value;
        try {
            value = run.get();
        } catch (ExecutionException e) {
            if (stopped) {
                throw new ExecutionControl.StoppedException();
            }
            Throwable cause = e.getCause();
            if (cause instanceof InvocationTargetException ite) {
                throw ite;
            }
            throw cause instanceof Exception ex ? ex : new InvocationTargetException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExecutionControl.StoppedException();
        } finally {
            current = null;
        }
        String key = KEY_PREFIX + keys.incrementAndGet();
        values.put(key, new Object[] {value});
        return key;
    }

    /** Whether the last snippet was stopped by {@link #stop()}. */
    boolean stopped() {
        return stopped;
    }

    /** Forgets a stop, before a snippet that may not run any code (a declaration). */
    void clearStopped() {
        stopped = false;
    }

    /** Interrupts the running snippet; if it has not ended two seconds later, stops its thread. */
    @Override
    @SuppressWarnings({"deprecation", "removal"})
    public void stop() {
        Future<Object> run = current;
        Thread t = workerThread;
        if (run == null || run.isDone() || t == null) {
            return;
        }
        stopped = true;
        t.interrupt();
        long deadline = System.nanoTime() + 2_000_000_000L;
        while (!run.isDone() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (!run.isDone()) {
            try {
                t.stop();
            } catch (UnsupportedOperationException newerJdk) {
                // Thread.stop is gone on newer JDKs: the interrupt is all there is
            }
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
        values.clear();
        super.close();
    }

    /** Hands this control to JShell. */
    ExecutionControlProvider provider() {
        ExecutionControl control = this;
        return new ExecutionControlProvider() {
            @Override
            public String name() {
                return "stance-kernel";
            }

            @Override
            public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
                return control;
            }
        };
    }
}
