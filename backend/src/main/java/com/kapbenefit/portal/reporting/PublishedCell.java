package com.kapbenefit.portal.reporting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;

/** One published figure, or the reason it is withheld. */
@Serdeable
record PublishedCell(@Nullable BigDecimal value, Status status) {

    enum Status { PUBLISHED, SUPPRESSED, NOT_ENOUGH_RESPONSES }

    static PublishedCell of(long value) {
        return new PublishedCell(BigDecimal.valueOf(value), Status.PUBLISHED);
    }

    static PublishedCell of(BigDecimal value) {
        return new PublishedCell(value, Status.PUBLISHED);
    }

    static PublishedCell suppressed() {
        return new PublishedCell(null, Status.SUPPRESSED);
    }

    static PublishedCell notEnoughResponses() {
        return new PublishedCell(null, Status.NOT_ENOUGH_RESPONSES);
    }

    boolean published() {
        return status == Status.PUBLISHED;
    }
}
