package com.kapbenefit.portal.sponsorship;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** Who changed a programme, when, and how, in a sentence HR can read. */
@MappedEntity("programme_change")
record ProgrammeChange(@Id @GeneratedValue Long id, String programmeId, String changedBy, Instant changedAt, String description) {
}
