package com.kapbenefit.portal.employer;

public enum EmployerStatus {
    ACTIVE,
    SUSPENDED
}
