package com.kapbenefit.portal.journey;

/** The steps of the member journey in PRODUCT.md, in order. */
enum JourneyStep {
    ELIGIBILITY("eligibility"),
    ENROLMENT("enrolment"),
    CONSENT("consent"),
    SCREENING("screening"),
    CLEARANCE("clearance"),
    ROUTING("routing"),
    CARE("care"),
    FOLLOW_UP("follow-up");

    private final String key;

    JourneyStep(String key) {
        this.key = key;
    }

    String key() {
        return key;
    }
}
