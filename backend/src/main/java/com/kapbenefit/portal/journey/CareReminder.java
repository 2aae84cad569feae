package com.kapbenefit.portal.journey;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("care_reminder")
record CareReminder(@Id @GeneratedValue Long id, String accountId, Kind kind, String subjectRef, Instant createdAt) {

    enum Kind { INTEGRATION_WINDOW_CLOSING, INTEGRATION_WINDOW_MISSED, FOLLOW_UP_DUE, SESSION_CANCELLED_CARE_ENDED }
}
