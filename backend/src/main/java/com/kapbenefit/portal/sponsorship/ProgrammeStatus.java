package com.kapbenefit.portal.sponsorship;

public enum ProgrammeStatus {
    DRAFT,
    ACTIVE,
    CLOSED
}
