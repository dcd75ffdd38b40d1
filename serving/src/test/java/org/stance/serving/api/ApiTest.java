package org.stance.serving.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.stance.serving.TestModels;

@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiTest implements TestPropertyProvider {
    @Inject
    @Client("/")
    HttpClient http;

    @Override
    public Map<String, String> getProperties() {
        return TestModels.properties();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> post(String uri, Object body) {
        return http.toBlocking().retrieve(HttpRequest.POST(uri, body), Map.class);
    }

    private HttpClientResponseException error(HttpRequest<?> request) {
        return assertThrows(HttpClientResponseException.class, () -> http.toBlocking().exchange(request, String.class));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> problem(HttpClientResponseException e) {
        assertEquals("application/problem+json", e.getResponse().getContentType().map(MediaType::toString).orElse(""));
        return e.getResponse().getBody(Map.class).orElseThrow();
    }

    @Test
    @SuppressWarnings("unchecked")
    void classifiesStatementsInRequestOrder() {
        Map<String, Object> r = post("/v1/statements/classify", Map.of("statements", List.of(
                "He offered his deepest condolences to the families of those killed in the attack.",
                "The two ministers discussed bilateral trade and visa rules.")));
        assertTrue(((Map<String, Object>) r.get("model")).get("id").toString().startsWith("stance-"));
        List<Map<String, Object>> results = (List<Map<String, Object>>) r.get("results");
        assertEquals(2, results.size());
        assertTrue(results.get(0).get("text").toString().startsWith("He offered"));
        assertTrue(((List<String>) results.get(0).get("labels")).contains("condolence"));
        assertEquals(List.of(), results.get(1).get("labels"));
        Map<String, Double> scores = (Map<String, Double>) results.get(0).get("scores");
        assertEquals(List.of("de-escalatory", "accusatory", "condolence"), List.copyOf(scores.keySet()));
    }

    @Test
    @SuppressWarnings("unchecked")
    void scoresAReadoutPerParty() {
        String text = "Secretary of State Marco Rubio spoke separately today with Indian External Affairs Minister "
                + "Subrahmanyam Jaishankar and Pakistani Prime Minister Shehbaz Sharif. In both calls, the Secretary urged the "
                + "two sides to work toward de-escalation. He expressed sorrow to Sharif for the loss of civilian lives, while "
                + "also urging Pakistan to end support for terrorist groups.";
        Map<String, Object> r = post("/v1/readouts/score", Map.of("text", text, "speaker", "United States",
                "parties", List.of("India", "Pakistan")));
        assertEquals("United States", r.get("speaker"));
        List<Map<String, Object>> parties = (List<Map<String, Object>>) r.get("parties");
        assertEquals(List.of("India", "Pakistan"), parties.stream().map(p -> p.get("party")).toList());
        Map<String, Object> pakistan = parties.get(1);
        List<Map<String, Object>> statements = (List<Map<String, Object>>) pakistan.get("statements");
        assertEquals(3, statements.size());
        for (Map<String, Object> s : statements) {
            int start = (Integer) s.get("start");
            int end = (Integer) s.get("end");
            assertEquals(s.get("text"), text.substring(start, end));
        }
        assertTrue(((List<String>) pakistan.get("labels")).contains("condolence"), pakistan.toString());
        assertEquals(1, ((List<?>) r.get("context")).size());
    }

    @Test
    void activeModelManifest() {
        Map<?, ?> m = http.toBlocking().retrieve(HttpRequest.GET("/v1/models/active"), Map.class);
        assertEquals(1, m.get("schema_version"));
        assertNotNull(m.get("thresholds"));
        assertNotNull(m.get("metrics"));
    }

    @Test
    void badInputIsAProblemNamingTheField() {
        Map<String, Object> p = problem(error(HttpRequest.POST("/v1/statements/classify", Map.of("statements", List.of()))));
        assertEquals(400, p.get("status"));
        assertEquals("statements", p.get("field"));
        p = problem(error(HttpRequest.POST("/v1/statements/classify", Map.of("statements", List.of("ok", " ")))));
        assertEquals("statements[1]", p.get("field"));
        p = problem(error(HttpRequest.POST("/v1/statements/classify", Map.of("statements", List.of("x".repeat(2001))))));
        assertEquals("statements[0]", p.get("field"));
        p = problem(error(HttpRequest.POST("/v1/statements/classify", Map.of("statements",
                java.util.Collections.nCopies(257, "a statement")))));
        assertTrue(p.get("detail").toString().contains("1 to 256"), p.toString());
        p = problem(error(HttpRequest.POST("/v1/statements/classify", Map.of())));
        assertEquals(400, p.get("status"));
        assertTrue(p.toString().contains("statements"), p.toString());
        p = problem(error(HttpRequest.POST("/v1/readouts/score", Map.of("text", "He urged calm.", "parties", List.of("India", "Narnia")))));
        assertEquals("parties[1]", p.get("field"));
        p = problem(error(HttpRequest.POST("/v1/readouts/score", Map.of("text", ""))));
        assertEquals("text", p.get("field"));
        p = problem(error(HttpRequest.POST("/v1/readouts/score", Map.of("text", "x".repeat(50_001)))));
        assertEquals("text", p.get("field"));
        p = problem(error(HttpRequest.POST("/v1/readouts/score", Map.of("text", "He spoke.", "speaker", "Atlantis"))));
        assertEquals("speaker", p.get("field"));
        p = problem(error(HttpRequest.POST("/v1/readouts/score", Map.of("text", "He spoke.", "title", "t".repeat(1001)))));
        assertEquals("title", p.get("field"));
    }

    @Test
    void aTitleTellsTheSpeakerWhenNoneIsGiven() {
        // "The Minister" names no state (a bare "The Secretary" would say the United States by itself)
        String text = "The Minister urged India to show restraint. Pakistan's foreign ministry said it would respond.";
        assertEquals("Pakistan", post("/v1/readouts/score", Map.of("text", text)).get("speaker"));
        assertEquals("United States", post("/v1/readouts/score", Map.of("text", text,
                "title", "Secretary Rubio's call with External Affairs Minister Jaishankar")).get("speaker"));
    }

    @Test
    void malformedJsonWrongTypeWrongMediaTypeAndOversizedBodies() {
        HttpClientResponseException e = error(HttpRequest.POST("/v1/statements/classify", "{\"statements\": [\"a\",")
                .contentType(MediaType.APPLICATION_JSON_TYPE));
        assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
        problem(e);
        e = error(HttpRequest.POST("/v1/statements/classify", "{\"statements\": \"not a list\"}")
                .contentType(MediaType.APPLICATION_JSON_TYPE));
        assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
        e = error(HttpRequest.POST("/v1/statements/classify", "statements=a").contentType(MediaType.TEXT_PLAIN_TYPE));
        assertEquals(HttpStatus.UNSUPPORTED_MEDIA_TYPE, e.getStatus());
        problem(e);
        e = error(HttpRequest.POST("/v1/readouts/score", "{\"text\": \"" + "y".repeat(1_100_000) + "\"}")
                .contentType(MediaType.APPLICATION_JSON_TYPE));
        assertEquals(HttpStatus.REQUEST_ENTITY_TOO_LARGE, e.getStatus());
    }

    @Test
    void reloadNeedsTheAdminToken() {
        HttpClientResponseException e = error(HttpRequest.POST("/v1/models/reload", Map.of()));
        assertEquals(HttpStatus.UNAUTHORIZED, e.getStatus());
        problem(e);
        e = error(HttpRequest.POST("/v1/models/reload", Map.of()).bearerAuth("wrong"));
        assertEquals(HttpStatus.UNAUTHORIZED, e.getStatus());
        HttpResponse<String> ok = http.toBlocking().exchange(HttpRequest.POST("/v1/models/reload", Map.of())
                .bearerAuth(TestModels.TOKEN), String.class);
        assertEquals(HttpStatus.OK, ok.getStatus());
        e = error(HttpRequest.POST("/v1/models/reload", Map.of("artifact", "no-such-model")).bearerAuth(TestModels.TOKEN));
        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, e.getStatus());
        assertTrue(problem(e).get("detail").toString().contains("previous model keeps serving"));
        e = error(HttpRequest.POST("/v1/models/reload", Map.of("artifact", "../etc")).bearerAuth(TestModels.TOKEN));
        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, e.getStatus());
    }

    @Test
    void healthMetricsAndOpenApi() {
        Map<?, ?> health = http.toBlocking().retrieve(HttpRequest.GET("/health/readiness"), Map.class);
        assertEquals("UP", health.get("status"));
        http.toBlocking().retrieve(HttpRequest.POST("/v1/statements/classify",
                Map.of("statements", List.of("We condemn the shelling of the hospital."))), Map.class);
        String metrics = http.toBlocking().retrieve(HttpRequest.GET("/prometheus"), String.class);
        assertTrue(metrics.contains("stance_statements_scored_total"), "prediction counters");
        assertTrue(metrics.contains("http_server_requests_seconds"), "request latencies");
        String openapi = http.toBlocking().retrieve(HttpRequest.GET("/swagger/stance-1.yml"), String.class);
        assertTrue(openapi.contains("/v1/readouts/score"));
        String ui = http.toBlocking().retrieve(HttpRequest.GET("/swagger-ui/index.html"), String.class);
        assertTrue(ui.toLowerCase().contains("swagger"));
        assertNotNull(Argument.of(String.class));
    }
}
