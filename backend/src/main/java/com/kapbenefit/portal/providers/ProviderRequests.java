package com.kapbenefit.portal.providers;

import com.kapbenefit.portal.shared.CareState;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

final class ProviderRequests {

    private ProviderRequests() {
    }

    @Serdeable
    record ProfileRequest(@NotBlank @Size(max = 200) String credentials,
                          @NotEmpty @Size(max = 10) Set<@NotNull @Pattern(regexp = "[a-z]{2}") String> languages,
                          @NotEmpty Set<@NotNull Modality> modalities,
                          @NotNull @Min(1) @Max(200) Integer capacity,
                          @NotBlank @Size(max = 60) String timeZone,
                          @Nullable LocalDate nextAvailableOn) {
    }

    @Serdeable
    record LicenceRequest(@NotNull CareState state,
                          @NotBlank @Size(max = 60) String licenceType,
                          @NotBlank @Size(max = 60) String number,
                          @NotNull LocalDate issuedOn,
                          @NotNull LocalDate expiresOn) {
    }

    @Serdeable
    record InvitationRequest(@NotBlank @Email @Size(max = 254) String email,
                             @NotBlank @Size(max = 120) String displayName,
                             @NotNull ProviderKind kind) {
    }

    @Serdeable
    record AcceptInvitationRequest(@NotBlank @Size(min = 12, max = 200) String password) {

        @Override
        public String toString() {
            return "AcceptInvitationRequest[redacted]";
        }
    }

    @Serdeable
    record WindowRequest(@NotNull DayOfWeek dayOfWeek, @NotNull LocalTime startsAt, @NotNull LocalTime endsAt) {
    }

    @Serdeable
    record WeeklyRequest(@NotNull @Size(max = 50) List<@NotNull @Valid WindowRequest> windows) {
    }

    @Serdeable
    record DayOffRequest(@NotNull LocalDate date, @Nullable @Size(max = 200) String note) {
    }

    @Serdeable
    record RejectionRequest(@NotBlank @Size(max = 300) String reason) {
    }
}
