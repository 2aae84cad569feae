package com.kapbenefit.portal.employer;

import com.kapbenefit.portal.shared.InvitationStatus;
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

    InvitationStatus statusAt(Instant now) {
        return InvitationStatus.of(acceptedAt, revokedAt, expiresAt, now);
    }
}
