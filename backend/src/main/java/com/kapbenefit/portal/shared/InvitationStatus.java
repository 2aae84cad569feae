package com.kapbenefit.portal.shared;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/** Where a single-use, expiring invitation link stands at a moment. */
public enum InvitationStatus {
    PENDING, ACCEPTED, EXPIRED, REVOKED;

    public static InvitationStatus of(@Nullable Instant acceptedAt, @Nullable Instant revokedAt, Instant expiresAt, Instant now) {
        if (acceptedAt != null) {
            return ACCEPTED;
        }
        if (revokedAt != null) {
            return REVOKED;
        }
        return expiresAt.isAfter(now) ? PENDING : EXPIRED;
    }
}
