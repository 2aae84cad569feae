package com.kapbenefit.portal.sponsorship;

/** The psychotherapist support a programme pays for; the medicine itself is never part of it. */
public enum CoveredService {
    PREPARATION,
    MEDICINE_SESSION_SUPPORT,
    INTEGRATION
}
