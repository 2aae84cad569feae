package com.kapbenefit.portal.enrolment;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("eligibility_check_failure")
record CheckFailure(@Id @GeneratedValue Long id, String clientKey, Instant failedAt) {
}
