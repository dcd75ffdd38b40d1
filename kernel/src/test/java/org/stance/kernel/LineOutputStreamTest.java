package org.stance.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineOutputStreamTest {
    @Test
    void passesWholeLinesAndTheRestOnFlush() {
        List<String> sent = new ArrayList<>();
        OutputStream recorder = new ByteArrayOutputStream() {
            @Override
            public void flush() {
                if (size() > 0) {
                    sent.add(toString(StandardCharsets.UTF_8));
                    reset();
                }
            }
        };
        PrintStream target = new PrintStream(recorder, true, StandardCharsets.UTF_8);
        PrintStream out = new PrintStream(new LineOutputStream(target), false, StandardCharsets.UTF_8);
        out.printf("%d of %d done%n", 3, 4);
        out.print("no newline yet");
        assertEquals(List.of("3 of 4 done\n"), sent);
        out.print(", then one\nand a tail");
        out.flush();
        assertEquals(List.of("3 of 4 done\n", "no newline yet, then one\n", "and a tail"), sent);
    }
}
