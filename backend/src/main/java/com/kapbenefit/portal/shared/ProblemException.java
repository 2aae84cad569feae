package com.kapbenefit.portal.shared;

import java.util.List;
import java.util.Map;

/** Raised by services for an expected refusal; answered as a problem, never logged as an error. */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final Map<String, String> headers;
    private final List<Problem.FieldError> fieldErrors;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, Map.of());
    }

    public ProblemException(ProblemType type, String detail, Map<String, String> headers) {
        this(type, detail, headers, List.of());
    }

    private ProblemException(ProblemType type, String detail, Map<String, String> headers, List<Problem.FieldError> fieldErrors) {
        super(detail, null, false, false);
        this.type = type;
        this.headers = headers;
        this.fieldErrors = fieldErrors;
    }

    /** A business rule broken by one field, answered like a constraint violation on that field. */
    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(ProblemType.VALIDATION, "Correct the fields listed and try again.", Map.of(),
                List.of(new Problem.FieldError(field, message)));
    }

    public List<Problem.FieldError> fieldErrors() {
        return fieldErrors;
    }

    public ProblemType type() {
        return type;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
