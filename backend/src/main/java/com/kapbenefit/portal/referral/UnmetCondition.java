package com.kapbenefit.portal.referral;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A condition of referral that does not hold, named so the member knows what stands in the way. */
@Serdeable
record UnmetCondition(Condition condition, String message, @Nullable String value) {

    enum Condition {
        CLEARED,
        ENROLMENT_ACTIVE,
        PROGRAMME_ACTIVE,
        SEAT_HELD,
        CONSENT_RELEASE,
        LOCATION_SUPPORTED,
        PROGRAMME_COVERS_STATE,
        COURSE_FINISHED,
        THERAPIST_LICENSED,
        THERAPIST_CAPACITY,
        THERAPIST_LANGUAGE
    }

    static UnmetCondition of(Condition condition, String message) {
        return new UnmetCondition(condition, message, null);
    }
}
