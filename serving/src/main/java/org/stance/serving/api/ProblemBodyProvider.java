package org.stance.serving.api;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every error the framework or the service raises leaves as one JSON problem shape with media type
 * {@code application/problem+json}: type, title, status, detail, instance, field and errors.
 */
@Singleton
@Replaces(JsonErrorResponseBodyProvider.class)
public class ProblemBodyProvider implements JsonErrorResponseBodyProvider<Map<String, Object>> {
    public static final String PROBLEM_JSON = "application/problem+json";

    @Override
    public Map<String, Object> body(ErrorContext context, HttpResponse<?> response) {
        Map<String, Object> body = new LinkedHashMap<>();
        ProblemException own = context.getRootCause().filter(ProblemException.class::isInstance)
                .map(ProblemException.class::cast).orElse(null);
        body.put("type", own == null ? "about:blank" : "https://stance.local/problems/" + own.slug());
        body.put("title", own == null ? response.getStatus().getReason() : own.title());
        body.put("status", response.code());
        List<Map<String, String>> errors = new ArrayList<>();
        String field = own == null ? null : own.field();
        for (Error e : context.getErrors()) {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("message", e.getMessage());
            e.getPath().map(ProblemBodyProvider::fieldOf).ifPresent(p -> m.put("field", p));
            errors.add(m);
            if (field == null && m.containsKey("field")) {
                field = m.get("field");
            }
        }
        String detail = own != null ? own.getMessage()
                : errors.isEmpty() ? response.getStatus().getReason() : errors.get(0).get("message");
        body.put("detail", detail);
        body.put("instance", context.getRequest().getPath());
        if (field != null) {
            body.put("field", field);
        }
        if (!errors.isEmpty()) {
            body.put("errors", errors);
        }
        return body;
    }

    /** "score.request.statements[0]" becomes "statements[0]". */
    static String fieldOf(String path) {
        String p = path;
        int req = p.indexOf("request.");
        if (req >= 0) {
            p = p.substring(req + "request.".length());
        }
        return p;
    }

    @Override
    public String contentType() {
        return PROBLEM_JSON;
    }
}
