package com.kapbenefit.portal.identity;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@Serdeable
record SignInRequest(@NotBlank @Email @Size(max = 254) String email,
                     @NotBlank @Size(max = 200) String password) {

    @Override
    public String toString() {
        return "SignInRequest[redacted]";
    }
}
