package com.kapbenefit.portal.screening;

/** Answers whether a member's follow-up at a timepoint is due; the care journey, which schedules them, knows. */
public interface FollowUpWindows {

    boolean isDue(String accountId, Timepoint timepoint);
}
