package com.kapbenefit.portal.providers;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("provider_profile")
record ProviderProfile(@Id String id,
                       String accountId,
                       String displayName,
                       ProviderKind kind,
                       String credentials,
                       String timeZone,
                       Instant createdAt) {
}
