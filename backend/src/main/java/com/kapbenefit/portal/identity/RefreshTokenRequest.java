package com.kapbenefit.portal.identity;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@Serdeable
record RefreshTokenRequest(@NotBlank @Size(max = 100) String refreshToken) {

    @Override
    public String toString() {
        return "RefreshTokenRequest[redacted]";
    }
}
