package org.stance.core.features;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Shares one encoder among concurrent callers: a single worker drains every waiting request into
 * one length-sorted batch run, so 16 clients sending one statement each cost about one batched
 * call instead of 16. Safe because a text's vector does not depend on its batch.
 */
public final class MicroBatchingEncoder implements TextEncoder, AutoCloseable {
    private record Job(List<String> texts, CompletableFuture<float[][]> result) {
    }

    /** How long a batch waits for more callers once the queue is empty: small against one encoder call. */
    private static final long LINGER_NANOS = 1_000_000;
    private final TextEncoder encoder;
    private final int maxBatch;
    private final BlockingQueue<Job> queue = new LinkedBlockingQueue<>();
    /** Callers inside {@link #encodeAll}, waiting or being served. */
    private final java.util.concurrent.atomic.AtomicInteger callers = new java.util.concurrent.atomic.AtomicInteger();
    private final Thread worker;
    private volatile boolean running = true;

    public MicroBatchingEncoder(TextEncoder encoder, int maxBatch) {
        this.encoder = encoder;
        this.maxBatch = maxBatch;
        this.worker = new Thread(this::loop, "stance-encoder");
        this.worker.setDaemon(true);
        this.worker.start();
    }

    @Override
    public String checksum() {
        return encoder.checksum();
    }

    @Override
    public float[][] encodeAll(List<String> texts) {
        try {
            return encodeAsync(texts).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while encoding", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        }
    }

    /** Queues the texts for the next batch; the future completes on the encoder's thread. */
    @Override
    public CompletableFuture<float[][]> encodeAsync(List<String> texts) {
        if (texts.isEmpty()) {
            return CompletableFuture.completedFuture(new float[0][]);
        }
        CompletableFuture<float[][]> f = new CompletableFuture<>();
        callers.incrementAndGet();
        queue.add(new Job(List.copyOf(texts), f));
        return f.whenComplete((v, e) -> callers.decrementAndGet());
    }

    private void loop() {
        while (running) {
            List<Job> jobs = new ArrayList<>();
            try {
                Job first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                jobs.add(first);
                int n = first.texts().size();
                Job next;
                // take what is waiting; then linger briefly for callers that are about to arrive, since closed-loop
                // clients whose answers just went out send their next statements a moment later
                long lingerUntil = System.nanoTime() + LINGER_NANOS;
                while (n < maxBatch) {
                    next = queue.poll();
                    if (next == null) {
                        long left = lingerUntil - System.nanoTime();
                        // linger only while other callers are between two requests; a lone caller never waits
                        if (left <= 0 || callers.get() <= jobs.size()
                                || (next = queue.poll(left, TimeUnit.NANOSECONDS)) == null) {
                            break;
                        }
                    }
                    jobs.add(next);
                    n += next.texts().size();
                }
                List<String> all = new ArrayList<>(n);
                jobs.forEach(j -> all.addAll(j.texts()));
                float[][] vectors = encoder.encodeAll(all);
                int k = 0;
                for (Job j : jobs) {
                    float[][] part = new float[j.texts().size()][];
                    System.arraycopy(vectors, k, part, 0, part.length);
                    k += part.length;
                    j.result().complete(part);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                jobs.forEach(j -> j.result().completeExceptionally(new IllegalStateException("the encoder was closed")));
                return;
            } catch (RuntimeException e) {
                jobs.forEach(j -> j.result().completeExceptionally(e));
            }
        }
    }

    /**
     * Stops the worker and waits for the batch in progress: closing the encoder while ONNX Runtime is
     * still inside a call would free memory under it (seen as a crash at shutdown). Callers still
     * waiting are failed.
     */
    @Override
    public void close() {
        running = false;
        worker.interrupt();
        try {
            worker.join(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Job left;
        while ((left = queue.poll()) != null) {
            left.result().completeExceptionally(new IllegalStateException("the encoder was closed"));
        }
    }
}
