package com.kapbenefit.portal.consent;

/** A member revoked a consent: published inside the revocation's transaction, so its effects stand or fall with it. */
public record ConsentRevoked(String accountId, ConsentKind kind) {
}
