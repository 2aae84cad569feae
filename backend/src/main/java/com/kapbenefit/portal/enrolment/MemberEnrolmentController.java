package com.kapbenefit.portal.enrolment;

import com.kapbenefit.portal.employer.Employers;
import com.kapbenefit.portal.identity.Accounts;
import com.kapbenefit.portal.identity.Caller;
import com.kapbenefit.portal.sponsorship.ProgrammeDirectory;
import com.kapbenefit.portal.vault.Identity;
import com.kapbenefit.portal.vault.IdentityVault;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import jakarta.validation.Valid;

/** A member's own enrolment and identity; the account comes from the token, so no one can name another's. */
@Controller("/api/enrolment/me")
@Secured("MEMBER")
@ExecuteOn(TaskExecutors.BLOCKING)
class MemberEnrolmentController {

    private final Enrolments enrolments;
    private final IdentityVault vault;
    private final Employers employers;
    private final ProgrammeDirectory programmes;
    private final Accounts accounts;

    MemberEnrolmentController(Enrolments enrolments, IdentityVault vault, Employers employers,
                              ProgrammeDirectory programmes, Accounts accounts) {
        this.enrolments = enrolments;
        this.vault = vault;
        this.employers = employers;
        this.programmes = programmes;
        this.accounts = accounts;
    }

    @Get
    EnrolmentViews.MyEnrolment me(Authentication authentication) {
        Caller caller = Caller.of(authentication);
        Enrolment enrolment = enrolments.mine(caller.accountId());
        return new EnrolmentViews.MyEnrolment(accounts.displayName(caller.accountId()).orElse(""),
                employers.displayName(caller.requireEmployerId()).orElse(""),
                programmes.name(enrolment.programmeId()).orElse(""), enrolment.status(), enrolment.enrolledAt(),
                enrolment.locationState(), enrolment.locationState().supported());
    }

    @Put("/location")
    EnrolmentViews.MyEnrolment relocate(@Body @Valid EnrolmentViews.LocationRequest request, Authentication authentication) {
        enrolments.relocate(Caller.of(authentication).accountId(), request.state());
        return me(authentication);
    }

    @Get("/identity")
    EnrolmentViews.MyIdentity identity(Authentication authentication) {
        Identity identity = vault.readOwn(Caller.of(authentication));
        return new EnrolmentViews.MyIdentity(identity.legalName(), identity.birthDate(), identity.phone(),
                identity.address(), identity.email());
    }

    /** Every time someone opened the member's identity: themselves, or a clinician holding their case, and why. */
    @Get("/identity/views")
    java.util.List<EnrolmentViews.IdentityView> identityViews(Authentication authentication) {
        String accountId = Caller.of(authentication).accountId();
        return vault.readsOf(accountId).stream().map(read -> new EnrolmentViews.IdentityView(
                read.readerAccountId().equals(accountId) ? "You" : accounts.displayName(read.readerAccountId()).orElse(""),
                read.readerRole(), read.purpose(), read.readAt())).toList();
    }

    @Post("/withdraw")
    EnrolmentViews.Withdrawn withdraw(Authentication authentication) {
        boolean seatReleased = enrolments.withdraw(Caller.of(authentication).accountId());
        return new EnrolmentViews.Withdrawn(EnrolmentStatus.WITHDRAWN, seatReleased);
    }
}
