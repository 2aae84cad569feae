package com.kapbenefit.portal.providers;

import com.kapbenefit.portal.shared.InvitationStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("provider_invitation")
record ProviderInvitation(@Id String id,
                          String email,
                          String displayName,
                          ProviderKind kind,
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
