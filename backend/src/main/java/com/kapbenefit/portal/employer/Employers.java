package com.kapbenefit.portal.employer;

import com.kapbenefit.portal.identity.OrganisationDirectory;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/** The employer context's public face: onboarding and naming employers. */
@Singleton
public class Employers implements OrganisationDirectory {

    private final EmployerRepository repository;
    private final Clock clock;

    Employers(EmployerRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    public String onboard(String legalName, String displayName) {
        Employer employer = new Employer(UUID.randomUUID().toString(), legalName, displayName,
                EmployerStatus.ACTIVE, clock.instant().truncatedTo(ChronoUnit.SECONDS));
        repository.save(employer);
        return employer.id();
    }

    @Override
    public Optional<String> displayName(String employerId) {
        return repository.findById(employerId).map(Employer::displayName);
    }
}
