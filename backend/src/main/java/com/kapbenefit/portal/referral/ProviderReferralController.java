package com.kapbenefit.portal.referral;

import com.kapbenefit.portal.identity.Caller;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import jakarta.validation.Valid;

import java.util.List;

@Controller("/api/referrals")
@Secured("PROVIDER")
@ExecuteOn(TaskExecutors.BLOCKING)
class ProviderReferralController {

    private final ProviderReferrals referrals;

    ProviderReferralController(ProviderReferrals referrals) {
        this.referrals = referrals;
    }

    @Get("/queue")
    List<ReferralViews.ReferralSummary> queue(Authentication authentication) {
        return referrals.queue(Caller.of(authentication));
    }

    @Get("/mine")
    List<ReferralViews.ReferralSummary> mine(Authentication authentication) {
        return referrals.mine(Caller.of(authentication));
    }

    @Get("/{referralId}")
    ReferralViews.ReferralDetail detail(String referralId, Authentication authentication) {
        return referrals.detail(Caller.of(authentication), referralId);
    }

    @Post("/{referralId}/accept")
    ReferralViews.ReferralDetail accept(String referralId, Authentication authentication) {
        return referrals.accept(Caller.of(authentication), referralId);
    }

    @Post("/{referralId}/decline")
    ReferralViews.Declined decline(String referralId, @Body @Valid ReferralViews.DeclineRequest request,
                                   Authentication authentication) {
        return referrals.decline(Caller.of(authentication), referralId, request.reason());
    }
}
