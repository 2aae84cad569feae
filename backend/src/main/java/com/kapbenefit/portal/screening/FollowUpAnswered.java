package com.kapbenefit.portal.screening;

/** All three outcome questionnaires of a follow-up timepoint have been answered. */
public record FollowUpAnswered(String accountId, Timepoint timepoint) {
}
