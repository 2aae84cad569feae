package com.kapbenefit.portal.journey;

import com.kapbenefit.portal.clearance.MedicalClearance;
import com.kapbenefit.portal.consent.Consents;
import com.kapbenefit.portal.employer.Employers;
import com.kapbenefit.portal.identity.Accounts;
import com.kapbenefit.portal.identity.Caller;
import com.kapbenefit.portal.referral.Referrals;
import com.kapbenefit.portal.screening.Screenings;
import com.kapbenefit.portal.screening.Timepoint;
import com.kapbenefit.portal.shared.ProblemException;
import com.kapbenefit.portal.shared.ProblemType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;

@Controller("/api/journey")
@Secured("MEMBER")
@ExecuteOn(TaskExecutors.BLOCKING)
class MemberJourneyController {

    private final Accounts accounts;
    private final Employers employers;
    private final Consents consents;
    private final Screenings screenings;
    private final MedicalClearance clearance;
    private final Referrals referrals;
    private final FollowUpSchedule followUps;

    MemberJourneyController(Accounts accounts, Employers employers, Consents consents, Screenings screenings,
                            MedicalClearance clearance, Referrals referrals, FollowUpSchedule followUps) {
        this.followUps = followUps;
        this.referrals = referrals;
        this.clearance = clearance;
        this.accounts = accounts;
        this.employers = employers;
        this.consents = consents;
        this.screenings = screenings;
    }

    /**
     * A member account exists only once eligibility was proven and enrolment done; consents and
     * baseline questionnaires move the member on to medical clearance, clearance to routing, and a
     * therapist's acceptance to care, and the last integration to follow-up.
     */
    @Get("/me")
    JourneyView me(Authentication authentication) {
        Caller caller = Caller.of(authentication);
        String pseudonym = accounts.displayName(caller.accountId())
                .orElseThrow(() -> new ProblemException(ProblemType.UNAUTHORIZED, "Your session has ended. Sign in again."));
        String sponsor = employers.displayName(caller.requireEmployerId()).orElse("");
        return new JourneyView(pseudonym, sponsor, JourneyView.stepsUpTo(currentStep(caller.accountId())));
    }

    private JourneyStep currentStep(String accountId) {
        if (!consents.allInForce(accountId)) {
            return JourneyStep.CONSENT;
        }
        if (!screenings.baselineComplete(accountId)) {
            return JourneyStep.SCREENING;
        }
        if (!clearance.isCleared(accountId)) {
            return JourneyStep.CLEARANCE;
        }
        if (followUps.of(accountId).stream().anyMatch(followUp -> followUp.timepoint() == Timepoint.END_OF_TREATMENT)) {
            return JourneyStep.FOLLOW_UP;
        }
        return referrals.therapistAccepted(accountId) ? JourneyStep.CARE : JourneyStep.ROUTING;
    }
}
