package com.kapbenefit.portal.employer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

final class EmployerViews {

    private EmployerViews() {
    }

    /** A row of the platform operator's employer list. */
    @Serdeable
    record EmployerSummary(String id, String legalName, String displayName, EmployerStatus status, long hrAdminCount) {
    }

    /** One employer's details, for the operator or for that employer's own HR admins. */
    @Serdeable
    record EmployerDetail(String id, String legalName, String displayName, @Nullable String contactName,
                          @Nullable String contactEmail, @Nullable String billingEmail, EmployerStatus status,
                          Instant createdAt) {

        static EmployerDetail of(Employer employer) {
            return new EmployerDetail(employer.id(), employer.legalName(), employer.displayName(),
                    employer.contactName(), employer.contactEmail(), employer.billingEmail(), employer.status(),
                    employer.createdAt());
        }
    }
}
