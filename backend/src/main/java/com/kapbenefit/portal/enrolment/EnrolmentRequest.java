package com.kapbenefit.portal.enrolment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** An employee's enrolment: the eligibility proof, then the private account and the identity to seal. */
@Serdeable
public record EnrolmentRequest(@NotBlank @Size(max = 20) String enrolmentCode,
                               @NotBlank @Size(max = 254) String workIdentifier,
                               @Nullable @Past LocalDate dateOfBirth,
                               @Nullable @Size(max = 40) String pseudonym,
                               @NotBlank @Email @Size(max = 254) String email,
                               @NotBlank @Size(min = 12, max = 200) String password,
                               @NotBlank @Size(max = 200) String legalName,
                               @NotNull @Past LocalDate birthDate,
                               @Nullable @Size(max = 40) String phone,
                               @Nullable @Size(max = 300) String address,
                               @NotNull Location state) {

    @Override
    public String toString() {
        return "EnrolmentRequest[redacted]";
    }
}
