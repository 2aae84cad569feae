package com.kapbenefit.portal.journey;

import com.kapbenefit.portal.employer.Employers;
import com.kapbenefit.portal.identity.Accounts;
import com.kapbenefit.portal.identity.Caller;
import com.kapbenefit.portal.referral.Referrals;
import com.kapbenefit.portal.screening.Timepoint;
import com.kapbenefit.portal.shared.ProblemException;
import com.kapbenefit.portal.shared.ProblemType;
import com.kapbenefit.portal.standing.MemberStandings;
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
    private final MemberStandings standings;
    private final Referrals referrals;
    private final FollowUpSchedule followUps;

    MemberJourneyController(Accounts accounts, Employers employers, MemberStandings standings, Referrals referrals,
                            FollowUpSchedule followUps) {
        this.followUps = followUps;
        this.referrals = referrals;
        this.standings = standings;
        this.accounts = accounts;
        this.employers = employers;
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

    /** The steps before care are the member's standing; after clearance, the journey's own facts tell care from follow-up. */
    private JourneyStep currentStep(String accountId) {
        switch (standings.of(accountId).stage()) {
            case NOT_ENROLLED, WITHDRAWN:
                return JourneyStep.ENROLMENT;
            case CONSENT:
                return JourneyStep.CONSENT;
            case SCREENING:
                return JourneyStep.SCREENING;
            case AWAITING_CLEARANCE:
                return JourneyStep.CLEARANCE;
            case CLEARED:
            default:
                break;
        }
        if (followUps.of(accountId).stream().anyMatch(followUp -> followUp.timepoint() == Timepoint.END_OF_TREATMENT)) {
            return JourneyStep.FOLLOW_UP;
        }
        return referrals.therapistAccepted(accountId) ? JourneyStep.CARE : JourneyStep.ROUTING;
    }
}
