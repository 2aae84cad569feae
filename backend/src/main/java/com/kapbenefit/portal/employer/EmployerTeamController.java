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

/** The platform operator manages any employer's HR team, starting with its first HR admin. */
@Controller("/api/employers/{employerId}")
@Secured("PLATFORM_ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
class EmployerTeamController {

    private final HrTeam team;
    private final TeamResponses responses;
    private final Employers employers;

    EmployerTeamController(HrTeam team, TeamResponses responses, Employers employers) {
        this.team = team;
        this.responses = responses;
        this.employers = employers;
    }

    @Get("/hr-admins")
    List<TeamViews.HrAdminView> hrAdmins(String employerId, Authentication authentication) {
        employers.require(employerId);
        return responses.hrAdmins(employerId, Caller.of(authentication).accountId());
    }

    @Post("/hr-admins/{accountId}/deactivate")
    HttpResponse<Void> deactivate(String employerId, String accountId, Authentication authentication) {
        team.deactivate(employerId, accountId, Caller.of(authentication).accountId());
        return HttpResponse.noContent();
    }

    @Get("/invitations")
    List<TeamViews.InvitationView> invitations(String employerId) {
        employers.require(employerId);
        return responses.invitations(employerId);
    }

    @Post("/invitations")
    HttpResponse<TeamViews.InvitationIssued> invite(String employerId, @Body @Valid TeamViews.InvitationRequest request,
                                                    Authentication authentication) {
        return HttpResponse.created(responses.invite(employerId, request, Caller.of(authentication).accountId()));
    }

    @Delete("/invitations/{invitationId}")
    HttpResponse<Void> revoke(String employerId, String invitationId) {
        team.revoke(employerId, invitationId);
        return HttpResponse.noContent();
    }
}
