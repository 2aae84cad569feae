package com.kapbenefit.portal.clearance;

/** Where the prescriber recommends the medicine sessions take place. */
public enum Setting {
    OFFICE_MONITORED,
    HOME_WITH_SITTER
}
