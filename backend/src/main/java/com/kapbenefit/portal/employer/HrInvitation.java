package com.kapbenefit.portal.employer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("hr_invitation")
record HrInvitation(@Id String id,
                    String employerId,
                    String email,
                    String displayName,
                    String tokenHash,
                    String invitedBy,
                    Instant createdAt,
                    Instant expiresAt,
                    @Nullable Instant acceptedAt,
                    @Nullable Instant revokedAt) {

    enum Status { PENDING, ACCEPTED, EXPIRED, REVOKED }

    Status statusAt(Instant now) {
        if (acceptedAt != null) {
            return Status.ACCEPTED;
        }
        if (revokedAt != null) {
            return Status.REVOKED;
        }
        return expiresAt.isAfter(now) ? Status.PENDING : Status.EXPIRED;
    }
}
