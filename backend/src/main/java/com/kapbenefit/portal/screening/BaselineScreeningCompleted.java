package com.kapbenefit.portal.screening;

/** Published when a member has answered all four baseline questionnaires; clearance queues the case. */
public record BaselineScreeningCompleted(String accountId, boolean urgent) {
}
