package com.kapbenefit.portal.referral;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import jakarta.validation.Valid;

import java.util.List;

/** The member's own referral; the account comes from the token, so no member can name another. */
@Controller("/api/referrals/me")
@Secured("MEMBER")
@ExecuteOn(TaskExecutors.BLOCKING)
class MemberReferralController {

    private final MemberReferrals referrals;

    MemberReferralController(MemberReferrals referrals) {
        this.referrals = referrals;
    }

    @Get
    ReferralViews.MyReferral mine(Authentication authentication) {
        return referrals.mine(authentication.getName());
    }

    @Post("/route")
    ReferralViews.MyReferral route(Authentication authentication) {
        return referrals.mine(authentication.getName());
    }

    @Get("/options")
    List<ReferralViews.TherapistOption> options(Authentication authentication) {
        return referrals.options(authentication.getName());
    }

    @Put("/preference")
    ReferralViews.MyReferral prefer(@Body @Valid ReferralViews.PreferenceRequest request, Authentication authentication) {
        return referrals.prefer(authentication.getName(), request);
    }

    @Post("/change")
    ReferralViews.MyReferral change(@Body @Valid ReferralViews.ChangeRequest request, Authentication authentication) {
        return referrals.change(authentication.getName(), request);
    }
}
