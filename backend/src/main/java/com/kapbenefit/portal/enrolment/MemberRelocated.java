package com.kapbenefit.portal.enrolment;

/** A member told the portal they are now somewhere else; care must follow the licence rules of the new place. */
public record MemberRelocated(String accountId, Location location) {
}
