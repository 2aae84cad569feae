package com.kapbenefit.portal.providers;

public enum ProviderKind {
    PSYCHOTHERAPIST,
    PRESCRIBER
}
