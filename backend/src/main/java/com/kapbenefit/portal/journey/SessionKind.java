package com.kapbenefit.portal.journey;

import java.math.BigDecimal;
import java.time.Duration;

/** The three kinds of session of the KAP protocol and how long each lasts. */
enum SessionKind {
    PREPARATION(Duration.ofMinutes(60)),
    MEDICINE(Duration.ofMinutes(150)),
    INTEGRATION(Duration.ofMinutes(60));

    private final Duration length;

    SessionKind(Duration length) {
        this.length = length;
    }

    Duration length() {
        return length;
    }

    static Duration longest() {
        return java.util.Arrays.stream(values()).map(SessionKind::length).max(Duration::compareTo).orElseThrow();
    }

    static BigDecimal shortestHours() {
        return java.util.Arrays.stream(values()).map(SessionKind::hours).min(BigDecimal::compareTo).orElseThrow();
    }

    BigDecimal hours() {
        return BigDecimal.valueOf(length.toMinutes()).divide(BigDecimal.valueOf(60), 2, java.math.RoundingMode.UNNECESSARY);
    }
}
