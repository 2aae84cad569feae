package com.kapbenefit.portal.reporting;

/** The fixed report shape: these names, and nothing that could be filtered or sliced. */
final class Metrics {

    static final String ELIGIBLE = "ELIGIBLE";
    static final String ENROLLED = "ENROLLED";
    static final String SEATS_PURCHASED = "SEATS_PURCHASED";
    static final String SEATS_USED = "SEATS_USED";
    static final String SEATS_REMAINING = "SEATS_REMAINING";
    static final String HOURS_USED = "HOURS_USED";
    static final String SPEND_USD = "SPEND_USD";

    private Metrics() {
    }

    static String stage(ReportSource.Stage stage) {
        return "STAGE_" + stage.name();
    }
}
