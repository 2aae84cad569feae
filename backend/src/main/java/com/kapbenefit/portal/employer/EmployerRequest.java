package com.kapbenefit.portal.employer;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@Serdeable
record EmployerRequest(@NotBlank @Size(max = 200) String legalName,
                       @NotBlank @Size(max = 120) String displayName,
                       @NotBlank @Size(max = 120) String contactName,
                       @NotBlank @Email @Size(max = 254) String contactEmail,
                       @NotBlank @Email @Size(max = 254) String billingEmail) {
}
