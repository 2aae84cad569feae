package com.kapbenefit.portal.vault;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("identity_vault")
record VaultEntry(@Id String accountId, String keyId, byte[] legalName, byte[] birthDate, @Nullable byte[] phone,
                  @Nullable byte[] address, byte[] email, Instant createdAt, Instant updatedAt) {
}
