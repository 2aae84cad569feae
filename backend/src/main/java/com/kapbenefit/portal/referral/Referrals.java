package com.kapbenefit.portal.referral;

import com.kapbenefit.portal.shared.CareState;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.Optional;

/** What other contexts may ask of referrals: which therapist took the member on. */
@Singleton
public class Referrals {

    private final Routing routing;

    Referrals(Routing routing) {
        this.routing = routing;
    }

    public boolean therapistAccepted(String accountId) {
        return accepted(accountId).isPresent();
    }

    /** The member's therapist, once they accepted the referral: the care journey runs with them only. */
    public Optional<AcceptedReferral> accepted(String accountId) {
        return routing.openReferral(accountId)
                .filter(referral -> referral.status() == ReferralStatus.ACCEPTED)
                .map(referral -> new AcceptedReferral(referral.id(), referral.therapistId(), CareState.valueOf(referral.locationState())));
    }

    public record AcceptedReferral(String referralId, String therapistId, CareState state) {
    }

    /** The course of care is complete (last integration held, or the package used up): the therapist's place is freed. */
    public void courseFinished(String accountId, boolean packageUsedUp) {
        routing.end(accountId, packageUsedUp ? CloseReason.PACKAGE_USED_UP : CloseReason.COURSE_COMPLETED);
    }

    public void preferLanguage(String accountId, @Nullable String language, boolean required) {
        routing.savePreference(accountId, language, required);
    }
}
