package com.kapbenefit.portal.sponsorship;

import com.kapbenefit.portal.shared.CareState;
import com.kapbenefit.portal.shared.Cell;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@Serdeable
record ProgrammeView(String id,
                     String name,
                     ProgrammeStatus status,
                     LocalDate startsOn,
                     LocalDate endsOn,
                     int seats,
                     int packageHours,
                     BigDecimal pricePerSeatUsd,
                     List<CoveredService> coveredServices,
                     List<CareState> states,
                     @Nullable String enrolmentCode,
                     long version,
                     SeatUsage seatUsage,
                     EligibilitySummary eligibility,
                     Instant createdAt,
                     Instant updatedAt) {

    /**
     * Seats in use count members, so they come only from the latest published monthly report, as of
     * its month's end; before the first month is published, nothing is shown.
     */
    @Serdeable
    record SeatUsage(int purchased, Cell inUse, Cell available, @Nullable String asOf) {

        static SeatUsage of(SeatPool pool, java.util.Optional<PublishedUsage.Usage> published) {
            return published.map(usage -> new SeatUsage(pool.seats(), usage.seatsInUse(), usage.seatsAvailable(), usage.month().toString()))
                    .orElse(new SeatUsage(pool.seats(), Cell.hidden(), Cell.hidden(), null));
        }
    }

    @Serdeable
    record EligibilitySummary(long eligibleTotal, @Nullable LastUpload lastUpload) {
    }

    @Serdeable
    record LastUpload(Instant uploadedAt, EligibilityUpload.Mode mode, int rowsAccepted, String uploadedBy) {
    }
}
