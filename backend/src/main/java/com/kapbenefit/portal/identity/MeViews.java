package com.kapbenefit.portal.identity;

import jakarta.inject.Singleton;

@Singleton
class MeViews {

    private final OrganisationDirectory organisations;

    MeViews(OrganisationDirectory organisations) {
        this.organisations = organisations;
    }

    MeView of(UserAccount account) {
        MeView.EmployerRef employer = account.employerId() == null ? null
                : organisations.displayName(account.employerId())
                        .map(name -> new MeView.EmployerRef(account.employerId(), name))
                        .orElse(null);
        return new MeView(account.id(), account.role(), account.displayName(), employer);
    }
}
