package com.kapbenefit.portal.identity;

public enum Role {
    PLATFORM_ADMIN,
    HR_ADMIN,
    MEMBER,
    PROVIDER;

    /** HR admins and members each belong to exactly one employer; the others to none. */
    public boolean belongsToEmployer() {
        return this == HR_ADMIN || this == MEMBER;
    }
}
