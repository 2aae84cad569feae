package com.kapbenefit.portal.reporting;

import com.kapbenefit.portal.sponsorship.ProgrammeDirectory;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Publishes each closed month and quarter of each programme once, and never again: a report that
 * could be recomputed could be compared with itself to average the noise away.
 */
@Singleton
class ReportPublisher {

    private final ReportSource source;
    private final ProgrammeDirectory programmes;
    private final ReportRepositories.Publications publications;
    private final ReportRepositories.Cells cells;
    private final ReportRepositories.Refreshes refreshes;
    private final TransactionOperations<Connection> transactions;
    private final DisclosureControl control = new DisclosureControl(new DiscreteLaplace(new SecureRandom()));
    private final Clock clock;

    ReportPublisher(ReportSource source, ProgrammeDirectory programmes, ReportRepositories.Publications publications,
                    ReportRepositories.Cells cells, ReportRepositories.Refreshes refreshes,
                    TransactionOperations<Connection> transactions, Clock clock) {
        this.source = source;
        this.programmes = programmes;
        this.publications = publications;
        this.cells = cells;
        this.refreshes = refreshes;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(cron = "${kap.reports.publish-cron:0 30 2 * * *}")
    ReportRefresh publishClosedPeriods() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        ReportRefresh run = refreshes.save(new ReportRefresh(null, now, null, 0));
        int published = 0;
        for (String programmeId : programmes.activatedProgrammeIds()) {
            Optional<Instant> activated = programmes.figures(programmeId, now).map(figures -> figures.activatedAt());
            if (activated.isEmpty()) {
                continue;
            }
            List<ReportPeriod> unpublished = new ArrayList<>();
            for (ReportPeriod.Granularity granularity : ReportPeriod.Granularity.values()) {
                for (ReportPeriod period : ReportPeriod.closedBetween(granularity, activated.get(), now)) {
                    if (!publications.existsByProgrammeIdAndPeriod(programmeId, period.label())) {
                        unpublished.add(period);
                    }
                }
            }
            if (unpublished.isEmpty()) {
                continue;
            }
            List<Optional<ReportSource.RawReport>> raw = source.aggregate(programmeId, unpublished.stream().map(ReportPeriod::until).toList());
            for (int i = 0; i < unpublished.size(); i++) {
                if (raw.get(i).isPresent() && publish(programmeId, unpublished.get(i), raw.get(i).get(), now)) {
                    published++;
                }
            }
        }
        return refreshes.update(new ReportRefresh(run.id(), run.startedAt(), clock.instant().truncatedTo(ChronoUnit.SECONDS), published));
    }

    Optional<ReportRefresh> lastRun() {
        return refreshes.findFirstOrderByIdDesc();
    }

    private boolean publish(String programmeId, ReportPeriod period, ReportSource.RawReport raw, Instant now) {
        Map<String, PublishedCell> published = control.publish(raw);
        try {
            transactions.executeWrite(status -> {
                ReportPublication publication = publications.save(new ReportPublication(UUID.randomUUID().toString(), programmeId,
                        raw.employerId(), period.label(), period.granularity(), period.start(), period.end(),
                        BigDecimal.valueOf(DisclosureControl.EPSILON), now));
                published.forEach((metric, cell) -> cells.save(new ReportCellRow(null, publication.id(), metric, cell.value(), cell.status())));
                return publication;
            });
            return true;
        } catch (DataAccessException anotherInstancePublishedIt) {
            return false;
        }
    }
}
