package com.kapbenefit.portal.consent;

public enum ConsentKind {
    TELEHEALTH,
    CARE_COORDINATION,
    RELEASE_OF_INFORMATION,
    EMPLOYER_REPORTS
}
