package com.kapbenefit.portal.shared;

import io.micronaut.data.connection.exceptions.ConnectionException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/**
 * The last resort: the client gets a bare 500 problem; the log gets the exception class and
 * request path only, because exception messages (SQL errors especially) can quote member data.
 * A database that cannot be reached is not a bug but an outage: 503 with Retry-After, so clients
 * and load balancers back off and retry instead of reporting a failure.
 */
@Singleton
final class UnhandledExceptionHandler implements ExceptionHandler<Exception, HttpResponse<Problem>> {

    private static final Logger LOG = LoggerFactory.getLogger(UnhandledExceptionHandler.class);

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, Exception exception) {
        if (poolExhausted(exception)) {
            LOG.warn("No database connection free in time during {} {}", request.getMethodName(), request.getPath());
            return ProblemResponses.of(ProblemType.DATABASE_UNAVAILABLE.toProblem(
                    "The portal is very busy right now. Nothing was changed; please try again in a few seconds."))
                    .header("Retry-After", "5");
        }
        if (databaseUnreachable(exception)) {
            LOG.warn("Database unreachable during {} {}", request.getMethodName(), request.getPath());
            return ProblemResponses.of(ProblemType.DATABASE_UNAVAILABLE.toProblem(
                    "The portal cannot reach its database right now. Nothing was changed; please try again shortly."))
                    .header("Retry-After", "5");
        }
        StackTraceElement origin = exception.getStackTrace().length > 0 ? exception.getStackTrace()[0] : null;
        LOG.error("Unhandled {} on {} {} at {}", exception.getClass().getName(), request.getMethodName(),
                request.getPath(), origin);
        return ProblemResponses.of(ProblemType.INTERNAL, null);
    }

    /**
     * Every pooled connection was in use for the whole wait: the pool's time-out carries no cause of
     * its own, where a pool that cannot reach the database carries the last connection failure.
     */
    private static boolean poolExhausted(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException timeout) {
                return timeout.getCause() == null;
            }
        }
        return false;
    }

    /**
     * Pool timeouts, refused connections and connections cut mid-query or found dead when a transaction
     * begins (SQLState class 08, "connection exception"), however deeply wrapped.
     */
    private static boolean databaseUnreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectionException || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException || cause instanceof SQLRecoverableException
                    || cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }
}
