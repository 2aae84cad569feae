package com.kapbenefit.portal.providers;

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

/** The invited provider, not yet signed in, opens their link and chooses a password. */
@Controller("/api/provider-invitations/{token}")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class ProviderInvitationAcceptController {

    private final ProviderInvitations invitations;

    ProviderInvitationAcceptController(ProviderInvitations invitations) {
        this.invitations = invitations;
    }

    @Get
    ProviderViews.InvitationPreview preview(String token) {
        ProviderInvitation invitation = invitations.pending(token);
        return new ProviderViews.InvitationPreview(invitation.email(), invitation.displayName(), invitation.kind(), invitation.expiresAt());
    }

    @Post("/accept")
    HttpResponse<ProviderViews.InvitationAccepted> accept(String token,
                                                          @Body @Valid ProviderRequests.AcceptInvitationRequest request) {
        return HttpResponse.created(new ProviderViews.InvitationAccepted(invitations.accept(token, request.password())));
    }
}
