package com.kapbenefit.portal.shared;

import io.micronaut.core.annotation.NonNull;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

/**
 * Turns every error Micronaut itself produces (unknown route, unreadable JSON, security
 * rejections, unhandled exceptions) into the problem format. The framework's own messages can
 * name classes or echo input, so only the status decides what the client is told.
 */
@Singleton
final class ProblemErrorResponseProcessor implements ErrorResponseProcessor<Problem> {

    @Override
    @NonNull
    public MutableHttpResponse<Problem> processResponse(@NonNull ErrorContext errorContext,
                                                        @NonNull MutableHttpResponse<?> baseResponse) {
        ProblemType type = ProblemType.forStatus(baseResponse.code());
        Problem problem = new Problem(type.uri(), type.title(), baseResponse.code(), null, null);
        return baseResponse
                .contentType(Problem.MEDIA_TYPE)
                .header("Cache-Control", "no-store")
                .body(problem);
    }
}
