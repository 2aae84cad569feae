package com.kapbenefit.portal.providers;

public enum LicenceStatus {
    PENDING,
    VERIFIED,
    REJECTED
}
