package com.kapbenefit.portal.enrolment;

import com.kapbenefit.portal.shared.CareState;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

final class EnrolmentViews {

    private EnrolmentViews() {
    }

    @Serdeable
    record EligibilityRequest(@NotBlank @Size(max = 20) String enrolmentCode,
                              @NotBlank @Size(max = 254) String workIdentifier,
                              @Nullable @Past LocalDate dateOfBirth) {

        @Override
        public String toString() {
            return "EligibilityRequest[redacted]";
        }
    }

    @Serdeable
    record EligibilityAnswer(String employerDisplayName, String programmeName, List<CareState> states) {
    }

    @Serdeable
    record Enrolled(String pseudonym, String email) {
    }

    @Serdeable
    record Suggestions(List<String> suggestions) {
    }

    @Serdeable
    record MyEnrolment(String pseudonym, String employerDisplayName, String programmeName, EnrolmentStatus status,
                       Instant enrolledAt, Location state, boolean stateSupported) {
    }

    @Serdeable
    record LocationRequest(@NotNull Location state) {
    }

    @Serdeable
    record IdentityView(String viewer, String role, String purpose, java.time.Instant viewedAt) {
    }

    @Serdeable
    record MyIdentity(String legalName, LocalDate birthDate, @Nullable String phone, @Nullable String address, String email) {
    }

    @Serdeable
    record Withdrawn(EnrolmentStatus status, boolean seatReleased) {
    }
}
