package com.kapbenefit.portal.employer;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;

/** The invited person, not yet signed in, opens their link and chooses a password. */
@Controller("/api/invitations/{token}")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class InvitationController {

    private final HrTeam team;
    private final Employers employers;

    InvitationController(HrTeam team, Employers employers) {
        this.team = team;
        this.employers = employers;
    }

    @Get
    TeamViews.InvitationPreview preview(String token) {
        HrInvitation invitation = team.pending(token);
        return new TeamViews.InvitationPreview(employers.displayName(invitation.employerId()).orElse(""),
                invitation.email(), invitation.displayName(), invitation.expiresAt());
    }

    @Post("/accept")
    HttpResponse<TeamViews.InvitationAccepted> accept(String token, @Body @Valid TeamViews.AcceptInvitationRequest request) {
        return HttpResponse.created(new TeamViews.InvitationAccepted(team.accept(token, request.password())));
    }
}
