package org.stance.serving.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.stance.serving.TestModels;

/** Requests in flight during reloads all succeed, each on a whole model. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReloadUnderLoadTest implements TestPropertyProvider {
    @Inject
    @Client("/")
    HttpClient http;
    private Map<String, String> props;

    @Override
    public Map<String, String> getProperties() {
        props = TestModels.properties();
        return props;
    }

    @Test
    @SuppressWarnings("unchecked")
    void concurrentRequestsDuringReloadsAllSucceed() throws Exception {
        TestModels.copyArtifact(Path.of(props.get("stance.models-dir")), "model-v2");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        AtomicBoolean stop = new AtomicBoolean();
        Set<Integer> statuses = ConcurrentHashMap.newKeySet();
        Set<String> models = ConcurrentHashMap.newKeySet();
        List<Future<Integer>> clients = new ArrayList<>();
        try {
            for (int c = 0; c < 8; c++) {
                clients.add(pool.submit(() -> {
                    int n = 0;
                    while (!stop.get() && n < 200) {
                        var resp = http.toBlocking().exchange(HttpRequest.POST("/v1/statements/classify",
                                Map.of("statements", List.of("They urged an immediate ceasefire in the region."))), Map.class);
                        statuses.add(resp.code());
                        models.add(((Map<String, Object>) resp.body().get("model")).get("id").toString());
                        n++;
                    }
                    return n;
                }));
            }
            for (int r = 0; r < 6; r++) {
                String artifact = r % 2 == 0 ? "model-v2" : "model-v1";
                var resp = http.toBlocking().exchange(HttpRequest.POST("/v1/models/reload", Map.of("artifact", artifact))
                        .bearerAuth(TestModels.TOKEN), String.class);
                assertEquals(HttpStatus.OK, resp.getStatus());
            }
            // a failing reload in the middle of the traffic leaves the last model serving
            assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, org.junit.jupiter.api.Assertions.assertThrows(
                    io.micronaut.http.client.exceptions.HttpClientResponseException.class,
                    () -> http.toBlocking().exchange(HttpRequest.POST("/v1/models/reload", Map.of("artifact", "missing"))
                            .bearerAuth(TestModels.TOKEN), String.class)).getStatus());
        } finally {
            stop.set(true);
        }
        int total = 0;
        for (Future<Integer> f : clients) {
            total += f.get();
        }
        pool.shutdown();
        assertTrue(total > 0);
        assertEquals(Set.of(200), statuses, "every request during the reloads succeeded");
        assertEquals(1, models.size(), "both artifacts carry the same id: " + models);
    }
}
