package com.kapbenefit.portal.providers;

import java.time.Instant;

/** A stretch of time, in UTC, when a provider said they can see members. */
public record OpenPeriod(Instant start, Instant end) {
}
