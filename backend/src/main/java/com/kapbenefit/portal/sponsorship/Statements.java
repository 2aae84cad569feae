package com.kapbenefit.portal.sponsorship;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.kapbenefit.portal.employer.Employers;
import com.kapbenefit.portal.shared.Cell;
import com.kapbenefit.portal.shared.ProblemException;
import com.kapbenefit.portal.shared.ProblemType;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Monthly statements (calendar months in UTC). Seats are prepaid: a statement bills the seats
 * bought in its month, so the amount due never depends on, or reveals, how many people enrolled.
 * Usage figures are informational and come from the month's published report, once there is one.
 */
@Singleton
class Statements {

    private final SeatPurchaseRepository purchases;
    private final PublishedUsage usage;
    private final Employers employers;
    private final Clock clock;

    Statements(Employers employers, SeatPurchaseRepository purchases, PublishedUsage usage, Clock clock) {
        this.employers = employers;
        this.purchases = purchases;
        this.usage = usage;
        this.clock = clock;
    }

    @Serdeable
    record Period(String period, Instant periodStart, Instant periodEnd, @JsonProperty("final") boolean closedPeriod) {
    }

    @Serdeable
    record Statement(String programmeName, String employerDisplayName, String period, Instant periodStart,
                     Instant periodEnd, @JsonProperty("final") boolean closedPeriod,
                     Instant issuedAt, BigDecimal pricePerSeatUsd, int packageHours, long seatsPurchased,
                     long seatsPurchasedThisPeriod, BigDecimal amountDueUsd, boolean usagePublished, Cell seatsInUse,
                     Cell seatsAvailable, Cell packageHoursConsumed) {
    }

    List<Period> periods(Programme programme) {
        List<Period> periods = new ArrayList<>();
        if (programme.activatedAt() == null) {
            return periods;
        }
        YearMonth first = YearMonth.from(programme.activatedAt().atZone(ZoneOffset.UTC));
        YearMonth last = lastBillableMonth(programme);
        for (YearMonth month = last; !month.isBefore(first); month = month.minusMonths(1)) {
            periods.add(period(month));
        }
        return periods;
    }

    Statement statement(Programme programme, String requestedPeriod) {
        YearMonth month = parse(requestedPeriod);
        if (periods(programme).stream().noneMatch(period -> period.period().equals(month.toString()))) {
            throw new ProblemException(ProblemType.NOT_FOUND, "There is no statement for this month.");
        }
        Period period = period(month);
        // Queries run to the month's end even mid-month: nothing is recorded in the future, and
        // comparing with "now" would drop rows written within the current second.
        Instant from = period.periodStart();
        Instant until = month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        long purchased = purchases.seatsPurchasedBetween(programme.id(), Instant.EPOCH, until);
        long purchasedThisPeriod = purchases.seatsPurchasedBetween(programme.id(), from, until);
        BigDecimal price = Programmes.usd(programme.pricePerSeatCents());
        Optional<PublishedUsage.Usage> published = usage.forMonth(programme.id(), month);
        return new Statement(programme.name(), employers.displayName(programme.employerId()).orElse(""), period.period(), period.periodStart(), period.periodEnd(),
                period.closedPeriod(), clock.instant(), price, programme.packageHours(), purchased, purchasedThisPeriod,
                price.multiply(BigDecimal.valueOf(purchasedThisPeriod)), published.isPresent(),
                published.map(PublishedUsage.Usage::seatsInUse).orElse(Cell.hidden()),
                published.map(PublishedUsage.Usage::seatsAvailable).orElse(Cell.hidden()),
                published.map(PublishedUsage.Usage::hoursUsed).orElse(Cell.hidden()));
    }

    private YearMonth lastBillableMonth(Programme programme) {
        YearMonth now = YearMonth.now(clock.withZone(ZoneOffset.UTC));
        if (programme.closedAt() != null) {
            YearMonth closed = YearMonth.from(programme.closedAt().atZone(ZoneOffset.UTC));
            return closed.isBefore(now) ? closed : now;
        }
        return now;
    }

    private Period period(YearMonth month) {
        Instant start = month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant nextStart = month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant now = clock.instant();
        boolean closedPeriod = !now.isBefore(nextStart);
        return new Period(month.toString(), start, closedPeriod ? nextStart : now, closedPeriod);
    }

    private static YearMonth parse(String period) {
        try {
            return YearMonth.parse(period);
        } catch (DateTimeParseException e) {
            throw new ProblemException(ProblemType.NOT_FOUND, "Statements are named by month, such as 2026-11.");
        }
    }
}
