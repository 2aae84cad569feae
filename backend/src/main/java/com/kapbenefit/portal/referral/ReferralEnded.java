package com.kapbenefit.portal.referral;

/** A therapist's accepted referral closed, for whatever reason: sessions booked under it cannot take place. */
public record ReferralEnded(String accountId, String referralId, String therapistId) {
}
