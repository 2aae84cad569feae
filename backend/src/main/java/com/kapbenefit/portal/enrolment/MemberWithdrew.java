package com.kapbenefit.portal.enrolment;

/** A member left the programme: published inside the withdrawal's transaction, so its effects stand or fall with it. */
public record MemberWithdrew(String accountId) {
}
