package com.kapbenefit.portal.employer;

import com.kapbenefit.portal.identity.Accounts;
import com.kapbenefit.portal.identity.Caller;
import com.kapbenefit.portal.identity.Role;
import com.kapbenefit.portal.shared.ProblemException;
import com.kapbenefit.portal.shared.ProblemType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;

import java.util.List;

@Controller("/api/employers")
@ExecuteOn(TaskExecutors.BLOCKING)
class EmployerController {

    private final EmployerRepository employers;
    private final Accounts accounts;

    EmployerController(EmployerRepository employers, Accounts accounts) {
        this.employers = employers;
        this.accounts = accounts;
    }

    @Get
    @Secured("PLATFORM_ADMIN")
    List<EmployerViews.EmployerSummary> list() {
        return employers.findAllOrderByDisplayName().stream()
                .map(employer -> new EmployerViews.EmployerSummary(employer.id(), employer.legalName(),
                        employer.displayName(), employer.status(), accounts.countActive(employer.id(), Role.HR_ADMIN)))
                .toList();
    }

    /** The employer is taken from the caller's token, never from the request, so no one can ask for another's. */
    @Get("/current")
    @Secured("HR_ADMIN")
    EmployerViews.EmployerProfile current(Authentication authentication) {
        String employerId = Caller.of(authentication).requireEmployerId();
        return employers.findById(employerId)
                .map(EmployerViews.EmployerProfile::of)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, null));
    }
}
