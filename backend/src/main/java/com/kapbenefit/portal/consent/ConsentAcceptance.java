package com.kapbenefit.portal.consent;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("consent_acceptance")
record ConsentAcceptance(@Id @GeneratedValue Long id, String accountId, ConsentKind kind, int version,
                         Instant acceptedAt, @Nullable Instant revokedAt) {
}
