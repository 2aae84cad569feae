package com.kapbenefit.portal.referral;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.kapbenefit.portal.clearance.Setting;
import com.kapbenefit.portal.providers.Modality;
import com.kapbenefit.portal.providers.Therapist;
import com.kapbenefit.portal.screening.ScreeningLine;
import com.kapbenefit.portal.shared.CareState;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

final class ReferralViews {

    private ReferralViews() {
    }

    /** What a member may know of a therapist: their professional face, nothing about their other members. */
    @Serdeable
    record TherapistCard(String id, String displayName, String credentials, List<String> languages, CareState licenceState,
                         LocalDate licenceValidUntil, Set<Modality> modalities, String timeZone, @Nullable LocalDate nextAvailableOn) {

        static TherapistCard of(Therapist therapist) {
            return new TherapistCard(therapist.providerId(), therapist.displayName(), therapist.credentials(), therapist.languages(),
                    therapist.licenceState(), therapist.licenceValidUntil(), therapist.modalities(), therapist.timeZone(),
                    therapist.nextAvailableOn());
        }
    }

    @Serdeable
    record PreferenceView(@Nullable String language, boolean languageRequired) {
    }

    @Serdeable
    record PreferenceRequest(@Nullable @Pattern(regexp = "[a-z]{2}", message = "Choose a language from the list.") String language,
                             boolean languageRequired) {
    }

    enum MemberStatus { AWAITING_CLEARANCE, BLOCKED, AWAITING_THERAPIST, ACCEPTED }

    @Serdeable
    record MyReferral(MemberStatus status, @Nullable String referralId, @Nullable TherapistCard therapist, List<Reason> reasons,
                      boolean chosenByMember, @Nullable Instant offeredAt, @Nullable Instant acceptedAt,
                      List<UnmetCondition> unmetConditions, PreferenceView preference, String location) {
    }

    @Serdeable
    record TherapistOption(TherapistCard therapist, List<Reason> reasons, boolean current) {
    }

    @Serdeable
    record ChangeRequest(@Nullable @Size(max = 36) String therapistId, @Nullable @Size(max = 500) String reason) {
    }

    /** What a therapist sees before accepting: the minimum to decide, never who the member is. */
    @Serdeable
    record ReferralSummary(String id, ReferralStatus status, String pseudonym, String state, @Nullable String ageBand,
                           @Nullable String language, boolean languageRequired, @Nullable Setting setting, boolean urgent,
                           Instant offeredAt, Instant respondBy, @Nullable Instant acceptedAt) {
    }

    @Serdeable
    record MemberContact(String legalName, LocalDate birthDate, @Nullable String phone, @Nullable String address, String email) {
    }

    enum Withheld { NOT_ACCEPTED, CONSENT_REVOKED }

    @Serdeable
    record ReferralDetail(@JsonUnwrapped ReferralSummary summary, List<ScreeningLine> screening, @Nullable MemberContact identity,
                          @Nullable Withheld identityWithheld) {
    }

    @Serdeable
    record DeclineRequest(@NotBlank @Size(min = 3, max = 500) String reason) {
    }

    @Serdeable
    record Declined(ReferralStatus status) {
    }
}
