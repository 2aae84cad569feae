package com.kapbenefit.portal.providers;

import com.kapbenefit.portal.shared.CareState;
import com.kapbenefit.portal.shared.InvitationStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

final class ProviderViews {

    private ProviderViews() {
    }

    /** A row of the platform operator's network list; licensed states are those valid today. */
    @Serdeable
    record ProviderSummary(String id, String displayName, ProviderKind kind, List<String> languages,
                           String timeZone, List<CareState> licensedStates, ProviderStatus status, int capacity,
                           Set<Modality> modalities) {
    }

    /** What a provider sees of their own profile. */
    @Serdeable
    record ProviderProfileView(String id, String displayName, ProviderKind kind, String credentials,
                               List<String> languages, Set<Modality> modalities, int capacity, String timeZone,
                               ProviderStatus status, @Nullable LocalDate nextAvailableOn, List<LicenceView> licences) {
    }

    @Serdeable
    record LicenceView(String id, CareState state, String licenceType, String number, LocalDate issuedOn,
                       LocalDate expiresOn, LicenceStatus status, boolean verified, boolean validToday,
                       @Nullable String rejectionReason) {

        static LicenceView of(ProviderLicence licence, LocalDate today) {
            return new LicenceView(licence.id(), licence.state(), licence.licenceType(), licence.licenceNumber(),
                    licence.issuedOn(), licence.expiresOn(), licence.status(), licence.verified(), licence.validOn(today),
                    licence.rejectionReason());
        }
    }

    /** A licence as the platform operator reviews it. */
    @Serdeable
    record LicenceReview(String id, String providerId, String providerName, ProviderKind kind, CareState state,
                         String licenceType, String number, LocalDate issuedOn, LocalDate expiresOn, LicenceStatus status,
                         @Nullable String verifiedBy, @Nullable Instant verifiedAt, @Nullable String rejectionReason) {
    }

    /** The only time the link is shown: the operator passes it on; the portal keeps just its digest. */
    @Serdeable
    record InvitationIssued(String id, String email, String displayName, ProviderKind kind, Instant expiresAt, String acceptPath) {
    }

    @Serdeable
    record InvitationView(String id, String email, String displayName, ProviderKind kind, Instant createdAt, Instant expiresAt,
                          InvitationStatus status) {
    }

    @Serdeable
    record InvitationPreview(String email, String displayName, ProviderKind kind, Instant expiresAt) {
    }

    @Serdeable
    record InvitationAccepted(String email) {
    }

    @Serdeable
    record WindowView(DayOfWeek dayOfWeek, LocalTime startsAt, LocalTime endsAt) {
    }

    @Serdeable
    record DayOffView(LocalDate date, @Nullable String note) {
    }

    @Serdeable
    record AvailabilityView(String timeZone, List<WindowView> weekly, List<DayOffView> daysOff) {
    }
}
