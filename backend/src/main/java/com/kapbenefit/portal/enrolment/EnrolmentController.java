package com.kapbenefit.portal.enrolment;

import com.kapbenefit.portal.employer.Employers;
import com.kapbenefit.portal.sponsorship.EligibleProgramme;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;

/** The public side of enrolment: an employee who is not signed in proves eligibility and enrols. */
@Controller("/api/enrolment")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class EnrolmentController {

    private final Enrolments enrolments;
    private final Employers employers;
    private final HttpClientAddressResolver addresses;

    EnrolmentController(Enrolments enrolments, Employers employers, HttpClientAddressResolver addresses) {
        this.enrolments = enrolments;
        this.employers = employers;
        this.addresses = addresses;
    }

    @Get("/pseudonym-suggestions")
    EnrolmentViews.Suggestions pseudonymSuggestions() {
        return new EnrolmentViews.Suggestions(Pseudonyms.suggestions(5));
    }

    @Post("/eligibility-checks")
    EnrolmentViews.EligibilityAnswer checkEligibility(@Body @Valid EnrolmentViews.EligibilityRequest request,
                                                      HttpRequest<?> http) {
        EligibleProgramme programme = enrolments.checkEligibility(request.enrolmentCode(), request.workIdentifier(),
                request.dateOfBirth(), clientAddress(http));
        return new EnrolmentViews.EligibilityAnswer(employers.displayName(programme.employerId()).orElse(""),
                programme.programmeName(), programme.states().stream().sorted().toList());
    }

    @Post("/enrolments")
    HttpResponse<EnrolmentViews.Enrolled> enrol(@Body @Valid EnrolmentRequest request, HttpRequest<?> http) {
        Enrolments.Outcome outcome = enrolments.enrol(request, clientAddress(http));
        EnrolmentViews.Enrolled body = new EnrolmentViews.Enrolled(outcome.pseudonym(), outcome.email());
        return outcome.created() ? HttpResponse.created(body) : HttpResponse.ok(body);
    }

    private String clientAddress(HttpRequest<?> request) {
        String address = addresses.resolve(request);
        return address == null ? "unknown" : address;
    }
}
