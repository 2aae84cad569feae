package com.kapbenefit.portal.identity;

import com.kapbenefit.portal.shared.ProblemException;
import com.kapbenefit.portal.shared.ProblemType;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;

/** Who is calling, read from the verified token; the basis of every per-object check. */
public record Caller(String accountId, Role role, @Nullable String employerId) {

    public static Caller of(Authentication authentication) {
        Role role = authentication.getRoles().stream().findFirst().map(Role::valueOf)
                .orElseThrow(() -> new ProblemException(ProblemType.FORBIDDEN, null));
        Object employer = authentication.getAttributes().get(AccessTokens.EMPLOYER_CLAIM);
        return new Caller(authentication.getName(), role, employer == null ? null : employer.toString());
    }

    /** The employer an HR admin or member acts for; refuses anyone bound to none. */
    public String requireEmployerId() {
        if (employerId == null) {
            throw new ProblemException(ProblemType.FORBIDDEN, null);
        }
        return employerId;
    }
}
