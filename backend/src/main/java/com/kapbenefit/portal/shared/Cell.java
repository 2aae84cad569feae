package com.kapbenefit.portal.shared;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;

/**
 * A number shown to an employer, or its suppression. Every count from 1 to 10 is suppressed
 * (the CMS cell-size rule), and so is any figure from which such a count could be derived.
 */
@Serdeable
public record Cell(@Nullable BigDecimal value, boolean suppressed) {

    public static final int MINIMUM_CELL_SIZE = 11;

    public static Cell count(long count) {
        return isSmall(count) ? hidden() : new Cell(BigDecimal.valueOf(count), false);
    }

    /** A figure derived from a group of {@code contributors}: shown only if the group itself could be shown. */
    public static Cell derived(BigDecimal value, long contributors) {
        return isSmall(contributors) ? hidden() : new Cell(value, false);
    }

    public static Cell hidden() {
        return new Cell(null, true);
    }

    public static boolean isSmall(long count) {
        return count > 0 && count < MINIMUM_CELL_SIZE;
    }
}
