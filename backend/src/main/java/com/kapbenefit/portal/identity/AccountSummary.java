package com.kapbenefit.portal.identity;

import io.micronaut.core.annotation.Nullable;

/** What other contexts may know about an account: never its e-mail or password. */
public record AccountSummary(String id, Role role, String displayName, @Nullable String employerId, AccountStatus status) {

    static AccountSummary of(UserAccount account) {
        return new AccountSummary(account.id(), account.role(), account.displayName(), account.employerId(), account.status());
    }

    public boolean active() {
        return status == AccountStatus.ACTIVE;
    }
}
