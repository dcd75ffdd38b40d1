package org.stance.serving.api;

import io.micronaut.http.HttpStatus;

/**
 * An error the service reports as a JSON problem (RFC 9457): status, a type slug, a title, the
 * detail and, for bad input, the field at fault.
 */
public class ProblemException extends RuntimeException {
    private final HttpStatus status;
    private final String slug;
    private final String title;
    private final String field;

    public ProblemException(HttpStatus status, String slug, String title, String detail, String field) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.field = field;
    }

    /** Bad input: 400 naming the field. */
    public static ProblemException badRequest(String field, String detail) {
        return new ProblemException(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", field + ": " + detail, field);
    }

    public HttpStatus status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public String field() {
        return field;
    }
}
