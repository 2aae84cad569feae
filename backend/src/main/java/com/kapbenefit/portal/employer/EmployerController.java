package com.kapbenefit.portal.employer;

import com.kapbenefit.portal.identity.Accounts;
import com.kapbenefit.portal.identity.Caller;
import com.kapbenefit.portal.identity.Role;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import jakarta.validation.Valid;

import java.net.URI;
import java.util.List;

@Controller("/api/employers")
@ExecuteOn(TaskExecutors.BLOCKING)
class EmployerController {

    private final EmployerRepository employerRepository;
    private final Employers employers;
    private final Accounts accounts;

    EmployerController(EmployerRepository employerRepository, Employers employers, Accounts accounts) {
        this.employerRepository = employerRepository;
        this.employers = employers;
        this.accounts = accounts;
    }

    @Get
    @Secured("PLATFORM_ADMIN")
    List<EmployerViews.EmployerSummary> list() {
        return employerRepository.findAllOrderByDisplayName().stream()
                .map(employer -> new EmployerViews.EmployerSummary(employer.id(), employer.legalName(),
                        employer.displayName(), employer.status(), accounts.countActive(employer.id(), Role.HR_ADMIN)))
                .toList();
    }

    @Post
    @Secured("PLATFORM_ADMIN")
    HttpResponse<EmployerViews.EmployerDetail> onboard(@Body @Valid EmployerRequest request) {
        String id = employers.onboard(request.legalName(), request.displayName(), request.contactName(),
                request.contactEmail(), request.billingEmail());
        return HttpResponse.created(EmployerViews.EmployerDetail.of(employers.require(id)), URI.create("/api/employers/" + id));
    }

    /** The employer is taken from the caller's token, never from the request, so no one can ask for another's. */
    @Get("/current")
    @Secured("HR_ADMIN")
    EmployerViews.EmployerDetail current(Authentication authentication) {
        return EmployerViews.EmployerDetail.of(employers.require(Caller.of(authentication).requireEmployerId()));
    }

    @Get("/{employerId}")
    @Secured("PLATFORM_ADMIN")
    EmployerViews.EmployerDetail detail(String employerId) {
        return EmployerViews.EmployerDetail.of(employers.require(employerId));
    }

    @Post("/{employerId}/suspend")
    @Secured("PLATFORM_ADMIN")
    EmployerViews.EmployerDetail suspend(String employerId) {
        return EmployerViews.EmployerDetail.of(employers.changeStatus(employerId, EmployerStatus.SUSPENDED));
    }

    @Post("/{employerId}/reactivate")
    @Secured("PLATFORM_ADMIN")
    EmployerViews.EmployerDetail reactivate(String employerId) {
        return EmployerViews.EmployerDetail.of(employers.changeStatus(employerId, EmployerStatus.ACTIVE));
    }
}
