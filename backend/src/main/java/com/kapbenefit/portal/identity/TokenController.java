package com.kapbenefit.portal.identity;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;

/** Sign-in for API clients, which keep the tokens themselves and send {@code Authorization: Bearer}. */
@Controller("/api/identity/tokens")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class TokenController {

    private final SessionService sessions;

    TokenController(SessionService sessions) {
        this.sessions = sessions;
    }

    @Post
    TokenView issue(@Body @Valid SignInRequest request) {
        return TokenView.of(sessions.signIn(request.email(), request.password()));
    }

    @Post("/refresh")
    TokenView refresh(@Body @Valid RefreshTokenRequest request) {
        return TokenView.of(sessions.refresh(request.refreshToken()));
    }

    @Post("/revoke")
    HttpResponse<Void> revoke(@Body @Valid RefreshTokenRequest request) {
        sessions.signOut(request.refreshToken());
        return HttpResponse.noContent();
    }
}
