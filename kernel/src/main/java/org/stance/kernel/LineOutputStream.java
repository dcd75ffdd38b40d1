package org.stance.kernel;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;

/** Buffers bytes and passes them on a line at a time (everything up to the last newline written), and on flush. */
final class LineOutputStream extends OutputStream {
    private final PrintStream target;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

    LineOutputStream(PrintStream target) {
        this.target = target;
    }

    @Override
    public synchronized void write(int b) {
        pending.write(b);
        if (b == '\n') {
            flush();
        }
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        int lastNewline = -1;
        for (int i = off + len - 1; i >= off; i--) {
            if (b[i] == '\n') {
                lastNewline = i;
                break;
            }
        }
        if (lastNewline < 0) {
            pending.write(b, off, len);
            return;
        }
        pending.write(b, off, lastNewline + 1 - off);
        flush();
        pending.write(b, lastNewline + 1, off + len - lastNewline - 1);
    }

    @Override
    public synchronized void flush() {
        if (pending.size() > 0) {
            target.write(pending.toByteArray(), 0, pending.size());
            pending.reset();
        }
        target.flush();
    }
}
