package com.kapbenefit.portal.journey;

enum SessionStatus {
    BOOKED,
    COMPLETED,
    NO_SHOW,
    CANCELLED
}
