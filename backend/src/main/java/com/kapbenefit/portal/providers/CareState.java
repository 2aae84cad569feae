package com.kapbenefit.portal.providers;

/** The states where the programme offers care: telehealth needs a licence in the member's state. */
public enum CareState {
    CA,
    NY,
    UT,
    VT
}
