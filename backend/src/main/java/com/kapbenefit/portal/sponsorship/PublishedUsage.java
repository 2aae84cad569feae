package com.kapbenefit.portal.sponsorship;

import com.kapbenefit.portal.shared.Cell;

import java.time.YearMonth;
import java.util.Optional;

/**
 * Seat and hour usage as published in a programme's monthly report (noised and suppressed), the
 * only usage figures an employer may see: live counts would let two page views a day apart tell
 * who just enrolled. Reporting provides it; sponsorship only shows it.
 */
public interface PublishedUsage {

    Optional<Usage> forMonth(String programmeId, YearMonth month);

    Optional<Usage> latest(String programmeId);

    /** Seats in use and still available at the end of the month, and package hours used up to then. */
    record Usage(YearMonth month, Cell seatsInUse, Cell seatsAvailable, Cell hoursUsed) {
    }
}
