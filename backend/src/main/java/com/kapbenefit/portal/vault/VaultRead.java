package com.kapbenefit.portal.vault;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("identity_vault_read")
record VaultRead(@Id @GeneratedValue Long id, String accountId, String readerAccountId, String readerRole,
                 String purpose, Instant readAt) {
}
