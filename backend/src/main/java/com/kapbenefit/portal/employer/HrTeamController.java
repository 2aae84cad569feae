package com.kapbenefit.portal.employer;

import com.kapbenefit.portal.identity.Caller;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import jakarta.validation.Valid;

import java.util.List;

/** An HR admin manages the HR team of their own employer, named by their token. */
@Controller("/api/employers/current")
@Secured("HR_ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
class HrTeamController {

    private final HrTeam team;
    private final TeamResponses responses;

    HrTeamController(HrTeam team, TeamResponses responses) {
        this.team = team;
        this.responses = responses;
    }

    @Get("/hr-admins")
    List<TeamViews.HrAdminView> hrAdmins(Authentication authentication) {
        Caller caller = Caller.of(authentication);
        return responses.hrAdmins(caller.requireEmployerId(), caller.accountId());
    }

    @Post("/hr-admins/{accountId}/deactivate")
    HttpResponse<Void> deactivate(String accountId, Authentication authentication) {
        Caller caller = Caller.of(authentication);
        team.deactivate(caller.requireEmployerId(), accountId, caller.accountId());
        return HttpResponse.noContent();
    }

    @Get("/invitations")
    List<TeamViews.InvitationView> invitations(Authentication authentication) {
        return responses.invitations(Caller.of(authentication).requireEmployerId());
    }

    @Post("/invitations")
    HttpResponse<TeamViews.InvitationIssued> invite(@Body @Valid TeamViews.InvitationRequest request, Authentication authentication) {
        Caller caller = Caller.of(authentication);
        return HttpResponse.created(responses.invite(caller.requireEmployerId(), request, caller.accountId()));
    }

    @Delete("/invitations/{invitationId}")
    HttpResponse<Void> revoke(String invitationId, Authentication authentication) {
        team.revoke(Caller.of(authentication).requireEmployerId(), invitationId);
        return HttpResponse.noContent();
    }
}
