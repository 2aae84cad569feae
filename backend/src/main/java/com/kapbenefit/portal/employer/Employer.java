package com.kapbenefit.portal.employer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("employer")
record Employer(@Id String id,
                String legalName,
                String displayName,
                @Nullable String contactName,
                @Nullable String contactEmail,
                @Nullable String billingEmail,
                EmployerStatus status,
                Instant createdAt) {

    Employer withStatus(EmployerStatus newStatus) {
        return new Employer(id, legalName, displayName, contactName, contactEmail, billingEmail, newStatus, createdAt);
    }
}
