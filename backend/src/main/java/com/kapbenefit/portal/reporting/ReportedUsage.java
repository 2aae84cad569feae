package com.kapbenefit.portal.reporting;

import com.kapbenefit.portal.shared.Cell;
import com.kapbenefit.portal.sponsorship.PublishedUsage;
import jakarta.inject.Singleton;

import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;

/** Sponsorship's usage figures, read from the published monthly reports. */
@Singleton
class ReportedUsage implements PublishedUsage {

    private final Reports reports;

    ReportedUsage(Reports reports) {
        this.reports = reports;
    }

    @Override
    public Optional<Usage> forMonth(String programmeId, YearMonth month) {
        return reports.published(programmeId, month.toString()).map(ReportedUsage::usage);
    }

    @Override
    public Optional<Usage> latest(String programmeId) {
        return reports.published(programmeId, null).map(ReportedUsage::usage);
    }

    private static Usage usage(ReportViews.Report report) {
        Map<String, PublishedCell> cells = report.cells();
        return new Usage(YearMonth.parse(report.period()), cell(cells.get(Metrics.SEATS_USED)), cell(cells.get(Metrics.SEATS_REMAINING)),
                cell(cells.get(Metrics.HOURS_USED)));
    }

    private static Cell cell(PublishedCell published) {
        return published != null && published.published() ? new Cell(published.value(), false) : Cell.hidden();
    }
}
