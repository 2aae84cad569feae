package com.kapbenefit.portal.clearance;

/** A prescriber cleared the member for KAP; only now may anything reach a psychotherapist. */
public record MemberCleared(String accountId) {
}
