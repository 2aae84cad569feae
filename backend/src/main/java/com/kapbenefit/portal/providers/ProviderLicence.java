package com.kapbenefit.portal.providers;

import com.kapbenefit.portal.shared.CareState;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;

@MappedEntity("provider_licence")
record ProviderLicence(@Id String id,
                       String providerId,
                       CareState state,
                       String licenceType,
                       String licenceNumber,
                       LocalDate issuedOn,
                       LocalDate expiresOn,
                       @Nullable String verifiedBy,
                       @Nullable Instant verifiedAt) {

    boolean verified() {
        return verifiedAt != null;
    }

    /** The only test of whether a licence lets its holder see a member in its state on a given day. */
    boolean validOn(LocalDate day) {
        return verified() && !day.isBefore(issuedOn) && !day.isAfter(expiresOn);
    }
}
