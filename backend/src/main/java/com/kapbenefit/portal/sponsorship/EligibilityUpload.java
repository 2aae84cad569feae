package com.kapbenefit.portal.sponsorship;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("eligibility_upload")
record EligibilityUpload(@Id String id, String programmeId, String uploadedBy, Instant uploadedAt,
                         EligibilityUpload.Mode mode, int rowsAccepted) {

    /** REPLACE makes the file the whole list; APPEND adds it to the list. */
    enum Mode { REPLACE, APPEND }
}
