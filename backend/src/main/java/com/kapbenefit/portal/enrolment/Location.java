package com.kapbenefit.portal.enrolment;

import com.kapbenefit.portal.shared.CareState;

/** Where the member is for sessions: one of the care states, or anywhere else. */
public enum Location {
    CA, NY, UT, VT, OTHER;

    boolean supported() {
        return this != OTHER;
    }

    boolean coveredBy(java.util.Set<CareState> states) {
        return supported() && states.contains(CareState.valueOf(name()));
    }
}
