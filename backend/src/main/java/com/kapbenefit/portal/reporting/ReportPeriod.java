package com.kapbenefit.portal.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A calendar month ("2026-10") or quarter ("2026-Q4") in UTC: the only periods a report covers. */
record ReportPeriod(Granularity granularity, String label, LocalDate start, LocalDate end) {

    enum Granularity { MONTH, QUARTER }

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    static ReportPeriod month(YearMonth month) {
        return new ReportPeriod(Granularity.MONTH, month.toString(), month.atDay(1), month.atEndOfMonth());
    }

    static ReportPeriod quarter(int year, int quarter) {
        YearMonth first = YearMonth.of(year, (quarter - 1) * 3 + 1);
        return new ReportPeriod(Granularity.QUARTER, year + "-Q" + quarter, first.atDay(1), first.plusMonths(2).atEndOfMonth());
    }

    static ReportPeriod parse(String label) {
        Matcher quarter = QUARTER.matcher(label);
        if (quarter.matches()) {
            return quarter(Integer.parseInt(quarter.group(1)), Integer.parseInt(quarter.group(2)));
        }
        return month(YearMonth.parse(label));
    }

    /** The first instant after the period: figures are taken as they stood just before it. */
    Instant until() {
        return end.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    boolean closedBy(Instant now) {
        return !until().isAfter(now);
    }

    /** Every closed period of a granularity from the one containing {@code from} up to {@code now}. */
    static List<ReportPeriod> closedBetween(Granularity granularity, Instant from, Instant now) {
        List<ReportPeriod> periods = new ArrayList<>();
        LocalDate day = from.atZone(ZoneOffset.UTC).toLocalDate();
        ReportPeriod period = granularity == Granularity.MONTH ? month(YearMonth.from(day))
                : quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
        while (period.closedBy(now)) {
            periods.add(period);
            LocalDate next = period.end.plusDays(1);
            period = granularity == Granularity.MONTH ? month(YearMonth.from(next))
                    : quarter(next.getYear(), (next.getMonthValue() - 1) / 3 + 1);
        }
        return periods;
    }
}
