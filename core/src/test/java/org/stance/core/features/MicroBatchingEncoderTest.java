package org.stance.core.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MicroBatchingEncoderTest {
    /** Encodes a text as {its length}; records batch sizes; can be slowed down. */
    static final class FakeEncoder implements TextEncoder {
        final List<Integer> batches = java.util.Collections.synchronizedList(new ArrayList<>());
        final AtomicBoolean inCall = new AtomicBoolean();
        volatile long sleepMillis;
        final CountDownLatch started = new CountDownLatch(1);

        @Override
        public float[][] encodeAll(List<String> texts) {
            inCall.set(true);
            started.countDown();
            batches.add(texts.size());
            // like native code, ignore interrupts until the work is done
            long until = System.nanoTime() + sleepMillis * 1_000_000;
            boolean interrupted = false;
            while (System.nanoTime() < until) {
                try {
                    Thread.sleep(Math.max(1, (until - System.nanoTime()) / 1_000_000));
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            float[][] out = new float[texts.size()][];
            for (int i = 0; i < texts.size(); i++) {
                out[i] = new float[] {texts.get(i).length()};
            }
            inCall.set(false);
            return out;
        }

        @Override
        public String checksum() {
            return "fake";
        }
    }

    @Test
    void concurrentCallersShareBatchesAndGetTheirOwnVectors() throws Exception {
        FakeEncoder fake = new FakeEncoder();
        fake.sleepMillis = 20;
        try (MicroBatchingEncoder mb = new MicroBatchingEncoder(fake, 64)) {
            List<CompletableFuture<float[][]>> fs = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                fs.add(mb.encodeAsync(List.of("x".repeat(i + 1))));
            }
            for (int i = 0; i < 16; i++) {
                assertEquals(i + 1, fs.get(i).get(5, TimeUnit.SECONDS)[0][0], 0);
            }
            assertTrue(fake.batches.size() < 16, "calls were batched: " + fake.batches);
            assertEquals(16, fake.batches.stream().mapToInt(Integer::intValue).sum());
        }
    }

    @Test
    void closeWaitsForTheBatchInProgress() throws Exception {
        FakeEncoder fake = new FakeEncoder();
        fake.sleepMillis = 300;
        MicroBatchingEncoder mb = new MicroBatchingEncoder(fake, 64);
        CompletableFuture<float[][]> first = mb.encodeAsync(List.of("abc"));
        assertTrue(fake.started.await(5, TimeUnit.SECONDS));
        mb.close();
        assertFalse(fake.inCall.get(), "close returned only after the encoder call finished");
        assertEquals(3, first.get(1, TimeUnit.SECONDS)[0][0], 0);
    }

    @Test
    void aLoneCallerDoesNotWait() throws Exception {
        FakeEncoder fake = new FakeEncoder();
        AtomicInteger n = new AtomicInteger();
        try (MicroBatchingEncoder mb = new MicroBatchingEncoder(fake, 64)) {
            for (int i = 0; i < 50; i++) {
                n.addAndGet(mb.encodeAll(List.of("a")).length);
            }
        }
        assertEquals(50, n.get());
        assertEquals(50, fake.batches.size(), "one call per request when nobody else is waiting");
    }
}
