package com.kapbenefit.portal.journey;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** An e-mail waiting to go out; the template says "something is waiting in the portal", never what. */
@MappedEntity("email_outbox")
record OutboxMessage(@Id @GeneratedValue Long id, String accountId, String template, Instant createdAt, @Nullable Instant sentAt) {
}
