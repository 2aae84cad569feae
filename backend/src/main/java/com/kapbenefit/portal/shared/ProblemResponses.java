package com.kapbenefit.portal.shared;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;

/** Builds problem responses so that every path to an error answers in the same shape. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static MutableHttpResponse<Problem> of(Problem problem) {
        return HttpResponse.<Problem>status(io.micronaut.http.HttpStatus.valueOf(problem.status()))
                .contentType(Problem.MEDIA_TYPE)
                .header("Cache-Control", "no-store")
                .body(problem);
    }

    public static MutableHttpResponse<Problem> of(ProblemType type, String detail) {
        return of(type.toProblem(detail));
    }
}
