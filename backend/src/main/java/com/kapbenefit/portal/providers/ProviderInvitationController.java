package com.kapbenefit.portal.providers;

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

import java.time.Clock;
import java.util.List;

@Controller("/api/providers/invitations")
@Secured("PLATFORM_ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
class ProviderInvitationController {

    private final ProviderInvitations invitations;
    private final Clock clock;

    ProviderInvitationController(ProviderInvitations invitations, Clock clock) {
        this.invitations = invitations;
        this.clock = clock;
    }

    @Post
    HttpResponse<ProviderViews.InvitationIssued> invite(@Body @Valid ProviderRequests.InvitationRequest request,
                                                        Authentication authentication) {
        ProviderInvitations.Issued issued = invitations.invite(request, Caller.of(authentication).accountId());
        ProviderInvitation invitation = issued.invitation();
        return HttpResponse.created(new ProviderViews.InvitationIssued(invitation.id(), invitation.email(), invitation.displayName(),
                invitation.kind(), invitation.expiresAt(), "/invitations/provider/" + issued.token()));
    }

    @Get
    List<ProviderViews.InvitationView> list() {
        return invitations.all().stream().map(invitation -> new ProviderViews.InvitationView(invitation.id(), invitation.email(),
                invitation.displayName(), invitation.kind(), invitation.createdAt(), invitation.expiresAt(),
                invitation.statusAt(clock.instant()))).toList();
    }

    @Delete("/{invitationId}")
    HttpResponse<Void> revoke(String invitationId) {
        invitations.revoke(invitationId);
        return HttpResponse.noContent();
    }
}
