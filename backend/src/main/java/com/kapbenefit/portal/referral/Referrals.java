package com.kapbenefit.portal.referral;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

/** What other contexts may ask of referrals: whether a therapist took the member on. */
@Singleton
public class Referrals {

    private final Routing routing;

    Referrals(Routing routing) {
        this.routing = routing;
    }

    public boolean therapistAccepted(String accountId) {
        return routing.openReferral(accountId).filter(referral -> referral.status() == ReferralStatus.ACCEPTED).isPresent();
    }

    public void preferLanguage(String accountId, @Nullable String language, boolean required) {
        routing.savePreference(accountId, language, required);
    }
}
