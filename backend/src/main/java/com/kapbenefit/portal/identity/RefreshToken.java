package com.kapbenefit.portal.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * A refresh token, stored as the SHA-256 of its value. Every rotation stays in one family so
 * that replaying a rotated token can revoke the whole family.
 */
@MappedEntity("refresh_token")
record RefreshToken(@Id String id,
                    String userId,
                    String familyId,
                    String tokenHash,
                    Instant issuedAt,
                    Instant expiresAt,
                    @Nullable Instant revokedAt) {
}
