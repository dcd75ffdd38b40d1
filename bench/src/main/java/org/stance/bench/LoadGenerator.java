package org.stance.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Drives {@code POST /v1/statements/classify} on loopback with N closed-loop clients for a fixed
 * time, one statement per request, and prints statements/s and p50/p99 latency. The loop is
 * bounded in time and stops by itself. Usage: LoadGenerator URL DATASETS CLIENTS SECONDS
 */
public final class LoadGenerator {
    private LoadGenerator() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        if (!url.startsWith("http://127.") && !url.startsWith("http://localhost")) {
            throw new IllegalArgumentException("the load generator only targets loopback");
        }
        List<String> texts = Statements.load(Path.of(args[1]));
        int clients = Integer.parseInt(args[2]);
        double seconds = Double.parseDouble(args[3]);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        // warm-up
        for (int i = 0; i < 20; i++) {
            send(http, url, texts.get(i));
        }
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicLong errors = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        List<Future<?>> fs = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            final int offset = c * 97;
            fs.add(pool.submit(() -> {
                int k = offset;
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    try {
                        if (send(http, url, texts.get(k++ % texts.size())) != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    latencies.add(System.nanoTime() - t0);
                }
                return null;
            }));
        }
        for (Future<?> f : fs) {
            f.get();
        }
        pool.shutdown();
        double elapsed = (System.nanoTime() - start) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "service, %2d clients: %d requests in %.1f s = %.1f statements/s, p50 %.1f ms, p99 %.1f ms, errors %d%n",
                clients, sorted.size(), elapsed, sorted.size() / elapsed, pct(sorted, 0.50), pct(sorted, 0.99), errors.get());
    }

    private static double pct(List<Long> sorted, double q) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.floor(q * sorted.size()))) / 1e6;
    }

    private static int send(HttpClient http, String url, String text) throws Exception {
        String body = "{\"statements\": [\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]}";
        HttpRequest r = HttpRequest.newBuilder(URI.create(url + "/v1/statements/classify"))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return http.send(r, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
