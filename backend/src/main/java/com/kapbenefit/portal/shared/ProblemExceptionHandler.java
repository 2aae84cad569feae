package com.kapbenefit.portal.shared;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

@Singleton
final class ProblemExceptionHandler implements ExceptionHandler<ProblemException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ProblemException exception) {
        ProblemType type = exception.type();
        var response = ProblemResponses.of(new Problem(type.uri(), type.title(), type.status().getCode(),
                exception.getMessage(), exception.fieldErrors().isEmpty() ? null : exception.fieldErrors()));
        exception.headers().forEach(response::header);
        return response;
    }
}
