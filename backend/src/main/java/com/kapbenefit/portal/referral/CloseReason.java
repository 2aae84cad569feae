package com.kapbenefit.portal.referral;

/** Why an open referral closed. */
enum CloseReason {
    DECLINED,
    NO_ANSWER_IN_72_HOURS,
    MEMBER_ASKED_FOR_ANOTHER,
    THERAPIST_SUSPENDED,
    MEMBER_RELOCATED,
    LICENCE_NOT_VALID,
    MEMBER_WITHDREW,
    CARE_CONSENT_REVOKED,
    COURSE_COMPLETED,
    PACKAGE_USED_UP;

    /** The therapist turned the member down or let the referral lapse: they are not offered this member again. */
    boolean refusal() {
        return this == DECLINED || this == NO_ANSWER_IN_72_HOURS;
    }

    /** Care through the benefit is over for this member: routing does not start again. */
    boolean courseFinished() {
        return this == COURSE_COMPLETED || this == PACKAGE_USED_UP;
    }
}
