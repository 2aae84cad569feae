package com.kapbenefit.portal.providers;

import com.kapbenefit.portal.shared.CareState;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;

final class ProviderViews {

    private ProviderViews() {
    }

    /** A row of the platform operator's network list; licensed states are those valid today. */
    @Serdeable
    record ProviderSummary(String id, String displayName, ProviderKind kind, List<String> languages,
                           String timeZone, List<CareState> licensedStates) {
    }

    /** What a provider sees of their own profile. */
    @Serdeable
    record ProviderProfileView(String id, String displayName, ProviderKind kind, String credentials,
                               List<String> languages, String timeZone, List<LicenceView> licences) {
    }

    @Serdeable
    record LicenceView(CareState state, String licenceType, String number, LocalDate expiresOn, boolean verified) {

        static LicenceView of(ProviderLicence licence) {
            return new LicenceView(licence.state(), licence.licenceType(), licence.licenceNumber(),
                    licence.expiresOn(), licence.verified());
        }
    }
}
