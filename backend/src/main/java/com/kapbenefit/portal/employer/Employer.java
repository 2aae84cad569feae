package com.kapbenefit.portal.employer;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("employer")
record Employer(@Id String id, String legalName, String displayName, EmployerStatus status, Instant createdAt) {
}
