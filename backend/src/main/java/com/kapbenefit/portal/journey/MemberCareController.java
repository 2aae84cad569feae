package com.kapbenefit.portal.journey;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import jakarta.validation.Valid;


/** The member's own care plan; the account comes from the token. */
@Controller("/api/care/me")
@Secured("MEMBER")
@ExecuteOn(TaskExecutors.BLOCKING)
class MemberCareController {

    private final CarePlans plans;
    private final CareSessions sessions;

    MemberCareController(CarePlans plans, CareSessions sessions) {
        this.plans = plans;
        this.sessions = sessions;
    }

    @Get
    CareViews.CarePlan plan(Authentication authentication) {
        return plans.planOf(authentication.getName());
    }

    @Get("/slots")
    CareViews.Slots slots(@QueryValue SessionKind kind, Authentication authentication) {
        CareSessions.OpenSlots open = sessions.slots(authentication.getName(), kind);
        return new CareViews.Slots(kind, kind.length().toMinutes(), open.starts(), open.windowClosesAt());
    }

    @Post("/sessions")
    HttpResponse<CareViews.SessionView> book(@Body @Valid CareViews.BookingRequest request, Authentication authentication) {
        CareSession booked = sessions.book(authentication.getName(), new CareSessions.BookingRequest(request.kind(), request.startsAt(),
                request.sitterName(), Boolean.TRUE.equals(request.sitterAttested())));
        return HttpResponse.created(plans.view(booked));
    }
}
