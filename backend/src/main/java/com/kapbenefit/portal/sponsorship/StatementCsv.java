package com.kapbenefit.portal.sponsorship;

import com.kapbenefit.portal.shared.Cell;

/** A statement as two-column CSV; suppressed figures are written out in words, never as numbers. */
final class StatementCsv {

    private StatementCsv() {
    }

    static String render(Statements.Statement s) {
        StringBuilder csv = new StringBuilder("item,value\r\n");
        row(csv, "employer", s.employerDisplayName());
        row(csv, "programme", s.programmeName());
        row(csv, "period", s.period() + (s.closedPeriod() ? "" : " (month to date, not final)"));
        row(csv, "price per seat (USD)", s.pricePerSeatUsd().toPlainString());
        row(csv, "package hours per seat", Integer.toString(s.packageHours()));
        row(csv, "seats purchased", Long.toString(s.seatsPurchased()));
        row(csv, "seats purchased this period", Long.toString(s.seatsPurchasedThisPeriod()));
        row(csv, "amount due (USD)", s.amountDueUsd().toPlainString());
        if (!s.usagePublished()) {
            row(csv, "usage", "published with the month's report, after the month closes");
            return csv.toString();
        }
        row(csv, "seats in use at the end of the month", count(s.seatsInUse()));
        row(csv, "seats available at the end of the month", derived(s.seatsAvailable()));
        row(csv, "package hours used to the end of the month", derived(s.packageHoursConsumed()));
        return csv.toString();
    }

    private static String count(Cell cell) {
        return cell.suppressed() ? "fewer than 11" : cell.value().toPlainString();
    }

    private static String derived(Cell cell) {
        return cell.suppressed() ? "not shown to protect privacy" : cell.value().toPlainString();
    }

    private static void row(StringBuilder csv, String item, String value) {
        csv.append(quote(item)).append(',').append(quote(value)).append("\r\n");
    }

    /** Quoted, and a leading formula character neutralised so a spreadsheet never runs a cell. */
    private static String quote(String value) {
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return '"' + safe.replace("\"", "\"\"") + '"';
    }
}
