package com.kapbenefit.portal.shared;

/** The states where the benefit offers care: telehealth needs a licence in the member's state. */
public enum CareState {
    CA,
    NY,
    UT,
    VT
}
