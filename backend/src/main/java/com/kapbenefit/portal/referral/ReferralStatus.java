package com.kapbenefit.portal.referral;

enum ReferralStatus {
    OFFERED,
    ACCEPTED,
    DECLINED,
    EXPIRED,
    ENDED;

    boolean open() {
        return this == OFFERED || this == ACCEPTED;
    }
}
