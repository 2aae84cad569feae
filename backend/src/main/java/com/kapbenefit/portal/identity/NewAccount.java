package com.kapbenefit.portal.identity;

import io.micronaut.core.annotation.Nullable;

/** What it takes to open an account; the e-mail is hashed and the password hashed before storage. */
public record NewAccount(String email, String password, Role role, String displayName, @Nullable String employerId) {

    @Override
    public String toString() {
        return "NewAccount[role=" + role + "]";
    }
}
