package com.kapbenefit.portal.reporting;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Raw aggregates of one programme for one period, computed outside this package by code that may
 * read member data. Only counts and sums come in; they leave the server only through
 * {@link DisclosureControl}.
 */
public interface ReportSource {

    /** One report per period end, in the order given; empty where the programme does not exist or was not yet active. */
    List<Optional<RawReport>> aggregate(String programmeId, List<java.time.Instant> untils);

    default Optional<RawReport> aggregate(String programmeId, java.time.Instant until) {
        return aggregate(programmeId, List.of(until)).get(0);
    }

    enum Stage { SCREENING, AWAITING_CLEARANCE, PREPARATION, MEDICINE, COMPLETED, WITHDRAWN }

    /** Sums over the members who answered an instrument at baseline and at a follow-up. */
    record OutcomeAggregate(String instrument, String timepoint, long members, long baselineSum, long followUpSum,
                            long responders, long remitters, long meaningfulChange) {
    }

    record BaselineAggregate(String instrument, long members, long sum) {
    }

    record RawReport(String employerId, String programmeName, long eligible, Map<Stage, Long> stages, long seatsPurchased,
                     long seatsUsed, BigDecimal hoursUsed, long membersWithHours, BigDecimal spendUsd, int packageHours,
                     List<BaselineAggregate> baselines, List<OutcomeAggregate> outcomes) {
    }
}
