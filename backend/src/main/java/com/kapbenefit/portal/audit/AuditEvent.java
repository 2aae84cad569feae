package com.kapbenefit.portal.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("audit_event")
record AuditEvent(@Id @GeneratedValue Long id, Instant occurredAt, @Nullable String actorAccountId, @Nullable String actorRole,
                  String action, @Nullable String subjectRef, AuditTrail.Outcome outcome, @Nullable String detail) {
}
