package com.kapbenefit.portal.screening;

/** When questionnaires are answered: before care, after the last integration, and 3 and 6 months after the first medicine session. */
public enum Timepoint {
    BASELINE,
    END_OF_TREATMENT,
    MONTH_3,
    MONTH_6
}
