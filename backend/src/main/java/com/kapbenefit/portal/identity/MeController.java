package com.kapbenefit.portal.identity;

import com.kapbenefit.portal.shared.ProblemException;
import com.kapbenefit.portal.shared.ProblemType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;

@Controller("/api/identity/me")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class MeController {

    private final SessionService sessions;
    private final MeViews meViews;

    MeController(SessionService sessions, MeViews meViews) {
        this.sessions = sessions;
        this.meViews = meViews;
    }

    @Get
    MeView me(Authentication authentication) {
        return sessions.activeAccount(authentication.getName())
                .map(meViews::of)
                .orElseThrow(() -> new ProblemException(ProblemType.UNAUTHORIZED, "Your session has ended. Sign in again."));
    }
}
