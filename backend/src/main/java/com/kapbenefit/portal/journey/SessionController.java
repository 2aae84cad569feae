package com.kapbenefit.portal.journey;

import com.kapbenefit.portal.identity.Caller;
import com.kapbenefit.portal.identity.Role;
import com.kapbenefit.portal.providers.TherapistDirectory;
import com.kapbenefit.portal.shared.ProblemException;
import com.kapbenefit.portal.shared.ProblemType;
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

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** One session, for its two participants only: the member and their therapist; anyone else is told it does not exist. */
@Controller("/api/care")
@ExecuteOn(TaskExecutors.BLOCKING)
class SessionController {

    private static final int AGENDA_DAYS = 14;

    private final CareSessions sessions;
    private final CarePlans plans;
    private final CareContext context;
    private final TherapistDirectory therapists;
    private final CareSessionRepository repository;
    private final Clock clock;

    SessionController(CareSessions sessions, CarePlans plans, CareContext context,
                      TherapistDirectory therapists, CareSessionRepository repository, Clock clock) {
        this.clock = clock;
        this.sessions = sessions;
        this.plans = plans;
        this.context = context;
        this.therapists = therapists;
        this.repository = repository;
    }

    @Post("/sessions/{sessionId}/cancel")
    @Secured({"MEMBER", "PROVIDER"})
    CareViews.SessionView cancel(String sessionId, @Body @Valid CareViews.ReasonRequest request, Authentication authentication) {
        return plans.view(sessions.cancel(sessionId, participant(authentication), authentication.getName(), request.reason()));
    }

    @Post("/sessions/{sessionId}/reschedule")
    @Secured({"MEMBER", "PROVIDER"})
    HttpResponse<CareViews.SessionView> reschedule(String sessionId, @Body @Valid CareViews.RescheduleRequest request,
                                                   Authentication authentication) {
        return HttpResponse.created(plans.view(sessions.reschedule(sessionId, participant(authentication), authentication.getName(),
                request.startsAt(), request.reason())));
    }

    @Get("/sessions/{sessionId}/join")
    @Secured({"MEMBER", "PROVIDER"})
    CareViews.JoinLink join(String sessionId, Authentication authentication) {
        return sessions.join(sessionId, participant(authentication), authentication.getName());
    }

    @Post("/sessions/{sessionId}/complete")
    @Secured("PROVIDER")
    CareViews.SessionView complete(String sessionId, @Body @Valid CareViews.CompletionRequest request, Authentication authentication) {
        return plans.view(sessions.complete(sessionId, authentication.getName(), SessionStatus.valueOf(request.outcome().name())));
    }

    /**
     * The therapist's agenda: today and the next two weeks, or the two weeks before today. "Today" is
     * the therapist's, by the server's clock in their zone, whatever the zone of the browser asking.
     */
    @Get("/provider/sessions")
    @Secured("PROVIDER")
    CareViews.Agenda agenda(@QueryValue(defaultValue = "UPCOMING") CareViews.AgendaRange range, Authentication authentication) {
        String therapistId = therapists.psychotherapistId(authentication.getName())
                .orElseThrow(() -> new ProblemException(ProblemType.FORBIDDEN,
                        "Sessions are held by psychotherapists."));
        ZoneId zone = context.therapistZone(therapistId);
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        LocalDate from = range == CareViews.AgendaRange.UPCOMING ? today : today.minusDays(AGENDA_DAYS);
        LocalDate to = range == CareViews.AgendaRange.UPCOMING ? today.plusDays(AGENDA_DAYS) : today.minusDays(1);
        return new CareViews.Agenda(range, zone.getId(), today, from, to,
                plans.views(repository.findForTherapistBetween(therapistId, from.atStartOfDay(zone).toInstant(),
                        to.plusDays(1).atStartOfDay(zone).toInstant())));
    }

    /** What needs the therapist's attention: integration windows about to close with nothing booked. */
    @Get("/provider/reminders")
    @Secured("PROVIDER")
    List<CareViews.TherapistReminder> providerReminders(Authentication authentication) {
        return plans.openWindowsFor(authentication.getName());
    }

    private static CareSession.Participant participant(Authentication authentication) {
        return Caller.of(authentication).role() == Role.MEMBER ? CareSession.Participant.MEMBER : CareSession.Participant.PROVIDER;
    }
}
