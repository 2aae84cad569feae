package com.kapbenefit.portal.referral;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

import java.time.Clock;

/** A referral left unanswered for 72 hours moves on to the next eligible therapist. */
@Singleton
class UnansweredReferrals {

    private final ReferralRepository referrals;
    private final Routing routing;
    private final Clock clock;

    UnansweredReferrals(ReferralRepository referrals, Routing routing, Clock clock) {
        this.referrals = referrals;
        this.routing = routing;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${kap.referrals.sweep-interval:5m}", initialDelay = "1m")
    int passOnUnanswered() {
        var lapsed = referrals.findOfferedBefore(clock.instant().minus(ProviderReferrals.ANSWER_WITHIN));
        lapsed.forEach(referral -> routing.closeAndReroute(referral, ReferralStatus.EXPIRED, CloseReason.NO_ANSWER_IN_72_HOURS, null));
        return lapsed.size();
    }
}
