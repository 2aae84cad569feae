package com.kapbenefit.portal.identity;

import com.kapbenefit.portal.shared.ProblemException;
import com.kapbenefit.portal.shared.ProblemType;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.CookieValue;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;

/** The browser's sign-in: tokens go into HttpOnly cookies, never into the response body. */
@Controller("/api/identity/sessions")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class SessionController {

    private final SessionService sessions;
    private final SessionCookies cookies;
    private final MeViews meViews;

    SessionController(SessionService sessions, SessionCookies cookies, MeViews meViews) {
        this.sessions = sessions;
        this.cookies = cookies;
        this.meViews = meViews;
    }

    @Post
    HttpResponse<SessionView> signIn(@Body @Valid SignInRequest request) {
        SessionService.Session session = sessions.signIn(request.email(), request.password());
        return cookies.set(HttpResponse.ok(new SessionView(meViews.of(session.account()))), session);
    }

    @Post("/refresh")
    HttpResponse<SessionView> refresh(@Nullable @CookieValue(SessionCookies.REFRESH_COOKIE) String refreshToken) {
        if (refreshToken == null || refreshToken.isBlank()) {
            throw new ProblemException(ProblemType.UNAUTHORIZED, "Sign in to continue.");
        }
        SessionService.Session session = sessions.refresh(refreshToken);
        return cookies.set(HttpResponse.ok(new SessionView(meViews.of(session.account()))), session);
    }

    @Delete("/current")
    HttpResponse<Void> signOut(@Nullable @CookieValue(SessionCookies.REFRESH_COOKIE) String refreshToken) {
        if (refreshToken != null && !refreshToken.isBlank()) {
            sessions.signOut(refreshToken);
        }
        return cookies.clear(HttpResponse.noContent());
    }
}
