package com.kapbenefit.portal.shared;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last resort: the client gets a bare 500 problem; the log gets the exception class and
 * request path only, because exception messages (SQL errors especially) can quote member data.
 */
@Singleton
final class UnhandledExceptionHandler implements ExceptionHandler<Exception, HttpResponse<Problem>> {

    private static final Logger LOG = LoggerFactory.getLogger(UnhandledExceptionHandler.class);

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, Exception exception) {
        StackTraceElement origin = exception.getStackTrace().length > 0 ? exception.getStackTrace()[0] : null;
        LOG.error("Unhandled {} on {} {} at {}", exception.getClass().getName(), request.getMethodName(),
                request.getPath(), origin);
        return ProblemResponses.of(ProblemType.INTERNAL, null);
    }
}
