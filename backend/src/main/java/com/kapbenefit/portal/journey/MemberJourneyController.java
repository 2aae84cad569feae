package com.kapbenefit.portal.journey;

import com.kapbenefit.portal.employer.Employers;
import com.kapbenefit.portal.identity.Accounts;
import com.kapbenefit.portal.identity.Caller;
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

    MemberJourneyController(Accounts accounts, Employers employers) {
        this.accounts = accounts;
        this.employers = employers;
    }

    /**
     * A member account exists only once eligibility was proven and enrolment done, so consent is
     * the first step that can still be open until consents are recorded.
     */
    @Get("/me")
    JourneyView me(Authentication authentication) {
        Caller caller = Caller.of(authentication);
        String pseudonym = accounts.displayName(caller.accountId())
                .orElseThrow(() -> new ProblemException(ProblemType.UNAUTHORIZED, "Your session has ended. Sign in again."));
        String sponsor = employers.displayName(caller.requireEmployerId()).orElse("");
        return new JourneyView(pseudonym, sponsor, JourneyView.stepsUpTo(JourneyStep.CONSENT));
    }
}
