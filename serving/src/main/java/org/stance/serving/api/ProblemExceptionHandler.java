package org.stance.serving.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

/** Turns {@link ProblemException}s into problem responses through the same processor as framework errors. */
@Singleton
public class ProblemExceptionHandler implements ExceptionHandler<ProblemException, HttpResponse<?>> {
    private final ErrorResponseProcessor<?> processor;

    public ProblemExceptionHandler(ErrorResponseProcessor<?> processor) {
        this.processor = processor;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, ProblemException e) {
        ErrorContext.Builder b = ErrorContext.builder(request).cause(e).errorMessage(e.getMessage());
        return processor.processResponse(b.build(), HttpResponse.status(e.status()));
    }
}
