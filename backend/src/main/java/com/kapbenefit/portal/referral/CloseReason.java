package com.kapbenefit.portal.referral;

/** Why an open referral closed. */
enum CloseReason {
    DECLINED,
    NO_ANSWER_IN_72_HOURS,
    MEMBER_ASKED_FOR_ANOTHER,
    THERAPIST_SUSPENDED,
    MEMBER_RELOCATED,
    LICENCE_NOT_VALID;

    /** The therapist turned the member down or let the referral lapse: they are not offered this member again. */
    boolean refusal() {
        return this == DECLINED || this == NO_ANSWER_IN_72_HOURS;
    }
}
