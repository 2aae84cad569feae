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
                       @Nullable Instant verifiedAt,
                       @Nullable Instant rejectedAt,
                       @Nullable String rejectedBy,
                       @Nullable String rejectionReason) {

    LicenceStatus status() {
        if (rejectedAt != null) {
            return LicenceStatus.REJECTED;
        }
        return verifiedAt != null ? LicenceStatus.VERIFIED : LicenceStatus.PENDING;
    }

    boolean verified() {
        return status() == LicenceStatus.VERIFIED;
    }

    /** The only test of whether a licence lets its holder see a member in its state on a given day. */
    boolean validOn(LocalDate day) {
        return verified() && !day.isBefore(issuedOn) && !day.isAfter(expiresOn);
    }

    ProviderLicence verifiedBy(String operatorId, Instant at) {
        return new ProviderLicence(id, providerId, state, licenceType, licenceNumber, issuedOn, expiresOn, operatorId, at,
                null, null, null);
    }

    ProviderLicence rejectedBy(String operatorId, Instant at, String reason) {
        return new ProviderLicence(id, providerId, state, licenceType, licenceNumber, issuedOn, expiresOn, null, null,
                at, operatorId, reason);
    }
}
