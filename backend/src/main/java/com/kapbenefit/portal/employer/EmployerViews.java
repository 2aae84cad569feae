package com.kapbenefit.portal.employer;

import io.micronaut.serde.annotation.Serdeable;

final class EmployerViews {

    private EmployerViews() {
    }

    /** What a platform operator sees in the employer list. */
    @Serdeable
    record EmployerSummary(String id, String legalName, String displayName, EmployerStatus status, long hrAdminCount) {
    }

    /** What an HR admin sees of their own employer. */
    @Serdeable
    record EmployerProfile(String id, String legalName, String displayName, EmployerStatus status) {

        static EmployerProfile of(Employer employer) {
            return new EmployerProfile(employer.id(), employer.legalName(), employer.displayName(), employer.status());
        }
    }
}
