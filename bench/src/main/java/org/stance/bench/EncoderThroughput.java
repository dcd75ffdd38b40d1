package org.stance.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.stance.core.features.MicroBatchingEncoder;
import org.stance.core.features.SentenceEncoder;

/**
 * The bare encoder's statements per second, three ways, each after a warm-up:
 * one statement per call (what one client costs), 16 concurrent single-statement callers through the
 * same micro-batcher the service uses (the service's workload without HTTP), and length-sorted batches
 * of 32 from a large pool (the encoder's ceiling). Usage: EncoderThroughput DATASETS SECONDS THREADS
 */
public final class EncoderThroughput {
    private EncoderThroughput() {
    }

    public static void main(String[] args) throws Exception {
        Path datasets = Path.of(args.length > 0 ? args[0] : "datasets");
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 20;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
        List<String> texts = Statements.load(datasets);
        try (SentenceEncoder encoder = new SentenceEncoder(threads, 32)) {
            encoder.encodeAll(texts.subList(0, 256));
            // one statement per call
            long start = System.nanoTime();
            long done = 0;
            while ((System.nanoTime() - start) / 1e9 < seconds) {
                encoder.encode(texts.get((int) (done % texts.size())));
                done++;
            }
            report("bare encoder, 1 statement per call", done, start);
            // 16 concurrent callers through the micro-batcher
            try (MicroBatchingEncoder batching = new MicroBatchingEncoder(encoder, 64)) {
                ExecutorService pool = Executors.newFixedThreadPool(16);
                AtomicLong count = new AtomicLong();
                long s2 = System.nanoTime();
                long end = s2 + (long) (seconds * 1e9);
                List<Future<?>> fs = new ArrayList<>();
                for (int c = 0; c < 16; c++) {
                    final int offset = c * 97;
                    fs.add(pool.submit(() -> {
                        int k = offset;
                        while (System.nanoTime() < end) {
                            batching.encodeAll(List.of(texts.get(k++ % texts.size())));
                            count.incrementAndGet();
                        }
                        return null;
                    }));
                }
                for (Future<?> f : fs) {
                    f.get();
                }
                pool.shutdown();
                report("bare encoder, 16 concurrent single-statement callers, micro-batched", count.get(), s2);
            }
            // sorted batches of 32 from windows of 256: the ceiling
            long s3 = System.nanoTime();
            long n = 0;
            int from = 0;
            while ((System.nanoTime() - s3) / 1e9 < seconds) {
                int to = Math.min(texts.size(), from + 256);
                encoder.encodeAll(texts.subList(from, to));
                n += to - from;
                from = to >= texts.size() ? 0 : to;
            }
            report("bare encoder, length-sorted batches of 32 (ceiling)", n, s3);
        }
    }

    private static void report(String what, long n, long startNanos) {
        double elapsed = (System.nanoTime() - startNanos) / 1e9;
        System.out.printf(Locale.ROOT, "%-72s %7.1f statements/s%n", what + ":", n / elapsed);
    }
}
