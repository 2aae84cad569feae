package com.kapbenefit.portal.shared;

import io.micronaut.http.HttpStatus;

/** The stable problem types the API answers with; clients may switch on {@link #uri()}. */
public enum ProblemType {
    VALIDATION("validation", HttpStatus.BAD_REQUEST, "The request has invalid fields."),
    MALFORMED_REQUEST("malformed-request", HttpStatus.BAD_REQUEST, "The request could not be read."),
    INVALID_CREDENTIALS("invalid-credentials", HttpStatus.UNAUTHORIZED, "E-mail or password is incorrect."),
    ACCOUNT_DISABLED("account-disabled", HttpStatus.FORBIDDEN, "This account is disabled."),
    TOO_MANY_SIGN_IN_ATTEMPTS("too-many-sign-in-attempts", HttpStatus.TOO_MANY_REQUESTS, "Too many sign-in attempts."),
    UNAUTHORIZED("unauthorized", HttpStatus.UNAUTHORIZED, "Sign-in required."),
    FORBIDDEN("forbidden", HttpStatus.FORBIDDEN, "You do not have access to this."),
    CROSS_SITE_REQUEST("cross-site-request", HttpStatus.FORBIDDEN, "This request did not come from the portal."),
    NOT_FOUND("not-found", HttpStatus.NOT_FOUND, "Not found."),
    METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED, "This method is not allowed here."),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Send the request body as JSON."),
    PAYLOAD_TOO_LARGE("payload-too-large", HttpStatus.REQUEST_ENTITY_TOO_LARGE, "The request is too large."),
    TOO_MANY_REQUESTS("too-many-requests", HttpStatus.TOO_MANY_REQUESTS, "Too many requests; try again later."),
    CONFLICT("conflict", HttpStatus.CONFLICT, "The request conflicts with the current state."),
    NOT_ELIGIBLE("not-eligible", HttpStatus.NOT_FOUND, "We could not confirm your eligibility."),
    ALREADY_ENROLLED("already-enrolled", HttpStatus.CONFLICT, "You are already enrolled."),
    NO_SEATS_LEFT("no-seats-left", HttpStatus.CONFLICT, "All seats of this benefit are taken right now."),
    CONSENT_REQUIRED("consent-required", HttpStatus.CONFLICT, "Consent is needed first."),
    THERAPIST_NOT_ELIGIBLE("therapist-not-eligible", HttpStatus.CONFLICT, "This therapist cannot take the referral."),
    NO_OTHER_THERAPIST("no-other-therapist", HttpStatus.CONFLICT, "No other therapist is available."),
    LICENCE_NOT_VALID("licence-not-valid", HttpStatus.CONFLICT, "Your licence is not valid for this member today."),
    PROTOCOL("protocol", HttpStatus.CONFLICT, "The KAP protocol does not allow this session now."),
    PACKAGE_EXHAUSTED("package-exhausted", HttpStatus.CONFLICT, "Not enough package hours are left."),
    SLOT_TAKEN("slot-taken", HttpStatus.CONFLICT, "This time was just taken."),
    CARE_ENDED("care-ended", HttpStatus.CONFLICT, "Care through this benefit has ended."),
    NOT_OPEN_YET("not-open-yet", HttpStatus.CONFLICT, "This session cannot be joined yet."),
    INVITATION_INVALID("invitation-invalid", HttpStatus.NOT_FOUND, "This invitation is not valid."),
    DATABASE_UNAVAILABLE("database-unavailable", HttpStatus.SERVICE_UNAVAILABLE, "The service is briefly unavailable."),
    INTERNAL("internal", HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side.");

    private final String slug;
    private final HttpStatus status;
    private final String title;

    ProblemType(String slug, HttpStatus status, String title) {
        this.slug = slug;
        this.status = status;
        this.title = title;
    }

    public String uri() {
        return "/problems/" + slug;
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The type a bare status maps to when nothing more specific was raised. */
    public static ProblemType forStatus(int code) {
        return switch (code) {
            case 400 -> MALFORMED_REQUEST;
            case 401 -> UNAUTHORIZED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 409 -> CONFLICT;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 429 -> TOO_MANY_REQUESTS;
            default -> code >= 500 ? INTERNAL : MALFORMED_REQUEST;
        };
    }

    public Problem toProblem(String detail) {
        return new Problem(uri(), title, status.getCode(), detail, null);
    }
}
