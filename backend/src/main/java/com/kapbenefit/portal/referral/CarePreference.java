package com.kapbenefit.portal.referral;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** The language a member would like their therapist to speak, and whether it is a must. */
@MappedEntity("care_preference")
record CarePreference(@Id String accountId, @Nullable String language, boolean languageRequired, Instant updatedAt) {

    static CarePreference none(String accountId) {
        return new CarePreference(accountId, null, false, Instant.EPOCH);
    }
}
