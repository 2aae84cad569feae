package com.kapbenefit.portal.identity;

import java.util.Optional;

/** Implemented by the employer context, so identity can name an account's employer without depending on it. */
public interface OrganisationDirectory {

    Optional<String> displayName(String employerId);

    /** A suspended employer's HR admins cannot sign in; its members keep their care. */
    boolean isActive(String employerId);
}
