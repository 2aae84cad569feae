package com.kapbenefit.portal.shared;

import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Two people edited the same thing; the later one is told to reload rather than overwrite. */
@Singleton
final class OptimisticLockHandler implements ExceptionHandler<OptimisticLockException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, OptimisticLockException exception) {
        return ProblemResponses.of(ProblemType.CONFLICT, "Someone else changed this in the meantime. Reload and try again.");
    }
}
