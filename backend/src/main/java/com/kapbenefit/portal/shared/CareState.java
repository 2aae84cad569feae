package com.kapbenefit.portal.shared;

/** The states where the benefit offers care: telehealth needs a licence in the member's state. */
public enum CareState {
    CA("California"),
    NY("New York"),
    UT("Utah"),
    VT("Vermont");

    private final String displayName;

    CareState(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
