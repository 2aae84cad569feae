package com.kapbenefit.portal.providers;

public enum ProviderStatus {
    ACTIVE,
    SUSPENDED
}
