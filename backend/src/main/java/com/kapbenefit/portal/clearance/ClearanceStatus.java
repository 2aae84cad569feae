package com.kapbenefit.portal.clearance;

public enum ClearanceStatus {
    QUEUED,
    IN_REVIEW,
    CLEARED,
    NOT_CLEARED,
    MORE_INFORMATION
}
