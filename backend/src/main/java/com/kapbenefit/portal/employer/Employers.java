package com.kapbenefit.portal.employer;

import com.kapbenefit.portal.identity.OrganisationDirectory;
import com.kapbenefit.portal.shared.ProblemException;
import com.kapbenefit.portal.shared.ProblemType;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/** The employer context's public face: onboarding, suspension and naming employers. */
@Singleton
public class Employers implements OrganisationDirectory {

    private final EmployerRepository repository;
    private final Clock clock;

    Employers(EmployerRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    public String onboard(String legalName, String displayName, String contactName, String contactEmail, String billingEmail) {
        Employer employer = new Employer(UUID.randomUUID().toString(), legalName.strip(), displayName.strip(),
                contactName.strip(), contactEmail.strip(), billingEmail.strip(), EmployerStatus.ACTIVE,
                clock.instant().truncatedTo(ChronoUnit.SECONDS));
        repository.save(employer);
        return employer.id();
    }

    @Override
    public Optional<String> displayName(String employerId) {
        return repository.findById(employerId).map(Employer::displayName);
    }

    @Override
    public boolean isActive(String employerId) {
        return repository.findById(employerId).map(employer -> employer.status() == EmployerStatus.ACTIVE).orElse(false);
    }

    /** Enrolment and HR sign-in stop; nothing is deleted, and members' care goes on. */
    Employer changeStatus(String employerId, EmployerStatus status) {
        Employer employer = require(employerId);
        if (employer.status() == status) {
            return employer;
        }
        return repository.update(employer.withStatus(status));
    }

    Employer require(String employerId) {
        return repository.findById(employerId)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No such employer."));
    }
}
