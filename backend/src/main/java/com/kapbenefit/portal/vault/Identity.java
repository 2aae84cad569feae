package com.kapbenefit.portal.vault;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;

/** A member's identity in clear: exists only in memory, on its way into or out of the vault. */
public record Identity(String legalName, LocalDate birthDate, @Nullable String phone, @Nullable String address, String email) {

    @Override
    public String toString() {
        return "Identity[redacted]";
    }
}
