package com.kapbenefit.portal.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A sign-in account. The e-mail is kept only as its keyed hash ({@code signInKey}). */
@MappedEntity("user_account")
record UserAccount(@Id String id,
                   String signInKey,
                   String passwordHash,
                   Role role,
                   String displayName,
                   @Nullable String employerId,
                   AccountStatus status,
                   Instant createdAt) {
}
