package com.kapbenefit.portal.referral;

import com.kapbenefit.portal.enrolment.CareStanding;
import com.kapbenefit.portal.enrolment.Enrolments;
import com.kapbenefit.portal.providers.TherapistDirectory;
import com.kapbenefit.portal.shared.CareState;
import com.kapbenefit.portal.shared.ProblemException;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.List;

/** The member's side: their referral as it stands, the therapists they may choose, and their language wish. */
@Singleton
class MemberReferrals {

    private final Routing routing;
    private final Enrolments enrolments;
    private final TherapistDirectory therapists;

    MemberReferrals(Routing routing, Enrolments enrolments, TherapistDirectory therapists) {
        this.routing = routing;
        this.enrolments = enrolments;
        this.therapists = therapists;
    }

    /** Looking is enough to be routed once every condition holds (a place may have opened since). */
    ReferralViews.MyReferral mine(String accountId) {
        return view(accountId, routing.route(accountId));
    }

    List<ReferralViews.TherapistOption> options(String accountId) {
        String current = routing.openReferral(accountId).map(Referral::therapistId).orElse(null);
        return routing.options(accountId).stream()
                .map(candidate -> new ReferralViews.TherapistOption(ReferralViews.TherapistCard.of(candidate.therapist()),
                        candidate.reasons(), candidate.therapist().providerId().equals(current)))
                .toList();
    }

    ReferralViews.MyReferral prefer(String accountId, ReferralViews.PreferenceRequest request) {
        if (request.languageRequired() && request.language() == null) {
            throw ProblemException.invalidField("language", "Choose the language your therapist must speak.");
        }
        routing.savePreference(accountId, request.language(), request.languageRequired());
        return mine(accountId);
    }

    ReferralViews.MyReferral change(String accountId, ReferralViews.ChangeRequest request) {
        String note = request.reason() == null || request.reason().isBlank() ? null : request.reason().strip();
        routing.change(accountId, blankToNull(request.therapistId()), note);
        return mine(accountId);
    }

    private ReferralViews.MyReferral view(String accountId, Routing.Outcome outcome) {
        CarePreference preference = routing.preference(accountId);
        ReferralViews.PreferenceView preferenceView = new ReferralViews.PreferenceView(preference.language(), preference.languageRequired());
        String location = enrolments.careStanding(accountId).map(CareStanding::location).map(Enum::name).orElse("OTHER");
        Referral open = outcome.open();
        if (open == null) {
            boolean awaitingClearance = outcome.unmet().stream()
                    .anyMatch(unmet -> unmet.condition() == UnmetCondition.Condition.CLEARED);
            return new ReferralViews.MyReferral(awaitingClearance ? ReferralViews.MemberStatus.AWAITING_CLEARANCE
                    : ReferralViews.MemberStatus.BLOCKED, null, null, List.of(), false, null, null, outcome.unmet(),
                    preferenceView, location);
        }
        ReferralViews.TherapistCard therapist = therapists.describe(open.therapistId(), CareState.valueOf(open.locationState()))
                .map(ReferralViews.TherapistCard::of).orElse(null);
        return new ReferralViews.MyReferral(open.status() == ReferralStatus.ACCEPTED ? ReferralViews.MemberStatus.ACCEPTED
                : ReferralViews.MemberStatus.AWAITING_THERAPIST, open.id(), therapist, Reason.decode(open.reasons()),
                open.chosenByMember(), open.offeredAt(), open.acceptedAt(), List.of(), preferenceView, location);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
