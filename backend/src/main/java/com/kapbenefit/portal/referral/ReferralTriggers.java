package com.kapbenefit.portal.referral;

import com.kapbenefit.portal.clearance.MemberCleared;
import com.kapbenefit.portal.consent.ConsentKind;
import com.kapbenefit.portal.consent.ConsentRevoked;
import com.kapbenefit.portal.enrolment.MemberRelocated;
import com.kapbenefit.portal.enrolment.MemberWithdrew;
import com.kapbenefit.portal.providers.ProviderSuspended;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

/** What moves referrals without anyone asking: a clearance, a suspended therapist, a member who moved, withdrew or revoked consent. */
@Singleton
class ReferralTriggers {

    private final Routing routing;
    private final ReferralRepository referrals;

    ReferralTriggers(Routing routing, ReferralRepository referrals) {
        this.routing = routing;
        this.referrals = referrals;
    }

    @EventListener
    void onMemberCleared(MemberCleared cleared) {
        routing.route(cleared.accountId());
    }

    @EventListener
    void onProviderSuspended(ProviderSuspended suspended) {
        referrals.findByTherapistIdAndOpenAccountIdIsNotNull(suspended.providerId())
                .forEach(referral -> routing.closeAndReroute(referral, ReferralStatus.ENDED, CloseReason.THERAPIST_SUSPENDED, null));
    }

    /** A licence covers one state: a referral made for the old place ends, and routing starts over where the member is now. */
    @EventListener
    void onMemberRelocated(MemberRelocated relocated) {
        routing.openReferral(relocated.accountId())
                .filter(referral -> !referral.locationState().equals(relocated.location().name()))
                .ifPresent(referral -> routing.closeAndReroute(referral, ReferralStatus.ENDED, CloseReason.MEMBER_RELOCATED, null));
    }

    @EventListener
    void onMemberWithdrew(MemberWithdrew withdrew) {
        routing.end(withdrew.accountId(), CloseReason.MEMBER_WITHDREW);
    }

    /** Care rests on the telehealth, coordination and release consents; the one about employer reports does not move care. */
    @EventListener
    void onConsentRevoked(ConsentRevoked revoked) {
        if (revoked.kind() != ConsentKind.EMPLOYER_REPORTS) {
            routing.end(revoked.accountId(), CloseReason.CARE_CONSENT_REVOKED);
        }
    }
}
