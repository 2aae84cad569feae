package com.kapbenefit.portal.identity;

import io.micronaut.core.annotation.Nullable;

/** What it takes to open an account; the e-mail is hashed before storage, the password already is. */
public record NewAccount(String email, HashedPassword password, Role role, String displayName, @Nullable String employerId) {

    @Override
    public String toString() {
        return "NewAccount[role=" + role + "]";
    }
}
