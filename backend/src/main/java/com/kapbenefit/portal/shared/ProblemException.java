package com.kapbenefit.portal.shared;

import java.util.Map;

/** Raised by services for an expected refusal; answered as a problem, never logged as an error. */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final Map<String, String> headers;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, Map.of());
    }

    public ProblemException(ProblemType type, String detail, Map<String, String> headers) {
        super(detail, null, false, false);
        this.type = type;
        this.headers = headers;
    }

    public ProblemType type() {
        return type;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
