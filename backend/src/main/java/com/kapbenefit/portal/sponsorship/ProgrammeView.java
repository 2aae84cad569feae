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

    /** Seats in use are a count of members: suppressed from 1 to 10, and so is what remains. */
    @Serdeable
    record SeatUsage(int purchased, Cell inUse, Cell available) {

        static SeatUsage of(SeatPool pool) {
            return new SeatUsage(pool.seats(), Cell.count(pool.seatsUsed()),
                    Cell.derived(BigDecimal.valueOf(pool.seats() - pool.seatsUsed()), pool.seatsUsed()));
        }
    }

    @Serdeable
    record EligibilitySummary(long eligibleTotal, @Nullable LastUpload lastUpload) {
    }

    @Serdeable
    record LastUpload(Instant uploadedAt, EligibilityUpload.Mode mode, int rowsAccepted, String uploadedBy) {
    }
}
