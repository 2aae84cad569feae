package com.kapbenefit.portal.clearance;

import com.kapbenefit.portal.screening.ScreeningLine;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

final class ClearanceViews {

    private ClearanceViews() {
    }

    /** A queued case: the minimum a prescriber needs to decide whether to take it. No identity. */
    @Serdeable
    record QueuedCase(String id, ClearanceStatus status, String pseudonym, String state, boolean urgent, Instant queuedAt,
                      List<ScreeningLine> screening, List<String> reviewReasons) {
    }

    @Serdeable
    record MemberIdentity(String legalName, LocalDate birthDate, @Nullable String phone, @Nullable String address, String email) {
    }

    @Serdeable
    record CaseDetail(String id, ClearanceStatus status, String pseudonym, String state, boolean urgent, Instant queuedAt,
                      @Nullable Instant acceptedAt, List<ScreeningLine> screening, List<String> reviewReasons,
                      @Nullable String contraindicationDetails, @Nullable MemberIdentity identity, boolean identityWithheld,
                      @Nullable Setting setting, @Nullable String messageToMember) {
    }

    @Serdeable
    record DecisionRequest(@NotNull Outcome outcome, @Nullable Setting setting,
                           @Nullable @Size(max = 1000) String messageToMember) {
    }

    enum Outcome { CLEARED, NOT_CLEARED, MORE_INFORMATION }

    @Serdeable
    record MyClearance(ClearanceStatus status, @Nullable Setting setting, @Nullable String messageToMember,
                       @Nullable Instant decidedAt) {
    }
}
