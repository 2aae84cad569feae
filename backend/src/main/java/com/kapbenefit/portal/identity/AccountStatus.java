package com.kapbenefit.portal.identity;

public enum AccountStatus {
    ACTIVE,
    DISABLED
}
