package com.kapbenefit.portal.reporting;

import com.kapbenefit.portal.employer.Employers;
import com.kapbenefit.portal.sponsorship.ProgrammeDirectory;
import com.kapbenefit.portal.shared.ProblemException;
import com.kapbenefit.portal.shared.ProblemType;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.math.BigDecimal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Reads published reports, and only those: the request path never computes a figure. */
@Singleton
class Reports {

    /** About 6 KB each: the last few dozen programmes' series whatever the size of the employer. */
    private static final int REPORTS_KEPT = 2000;

    private final ReportRepositories.PublishedReports publications;
    private final ReportRepositories.PublishedCells cells;
    private final ProgrammeDirectory programmes;
    private final Employers employers;
    private final Map<String, ReportViews.Report> recentlyRead = Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, ReportViews.Report> eldest) {
                    return size() > REPORTS_KEPT;
                }
            });

    Reports(ReportRepositories.PublishedReports publications, ReportRepositories.PublishedCells cells, ProgrammeDirectory programmes,
            Employers employers) {
        this.publications = publications;
        this.cells = cells;
        this.programmes = programmes;
        this.employers = employers;
    }

    /** The employer's own programme or nothing: another employer's id is answered as if it did not exist. */
    ReportViews.Series seriesFor(String employerId, String programmeId, ReportPeriod.Granularity granularity) {
        ProgrammeDirectory.ProgrammeLabel label = programmes.label(programmeId).filter(found -> found.employerId().equals(employerId))
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No such programme."));
        return series(programmeId, label, granularity);
    }

    List<ReportViews.ProgrammeChoice> programmesOf(String employerId) {
        return programmes.programmeIdsOf(employerId).stream()
                .map(id -> new ReportViews.ProgrammeChoice(id, programmes.name(id).orElse(""))).toList();
    }

    List<ReportViews.Series> allOf(String employerId, ReportPeriod.Granularity granularity) {
        return programmes.programmeIdsOf(employerId).stream().map(id -> series(id, granularity)).toList();
    }

    List<ReportViews.Series> everyProgramme(ReportPeriod.Granularity granularity) {
        return programmes.activatedProgrammeIds().stream().map(id -> series(id, granularity)).toList();
    }

    ReportViews.Series series(String programmeId, ReportPeriod.Granularity granularity) {
        return series(programmeId, programmes.label(programmeId).orElseThrow(), granularity);
    }

    private ReportViews.Series series(String programmeId, ProgrammeDirectory.ProgrammeLabel label, ReportPeriod.Granularity granularity) {
        List<ReportViews.Report> reports = reportsOf(publications.findByProgrammeIdAndGranularityOrderByPeriodStart(programmeId, granularity));
        return new ReportViews.Series(programmeId, label.name(), employers.displayName(label.employerId()).orElse(""), granularity,
                ReportViews.Privacy.CURRENT, reports);
    }

    /** One published period of a programme, or the latest month when {@code period} is null; read without the rest of the series. */
    Optional<ReportViews.Report> published(String programmeId, @Nullable String period) {
        Optional<ReportPublication> publication = period == null
                ? publications.findFirstByProgrammeIdAndGranularityOrderByPeriodStartDesc(programmeId, ReportPeriod.Granularity.MONTH)
                : publications.findByProgrammeIdAndPeriod(programmeId, period);
        return publication.map(found -> reportsOf(List.of(found)).get(0));
    }

    /** A published report never changes, so its cells are read once and then served from memory. */
    private List<ReportViews.Report> reportsOf(List<ReportPublication> published) {
        Map<String, ReportViews.Report> found = new HashMap<>();
        List<ReportPublication> unread = new ArrayList<>();
        for (ReportPublication publication : published) {
            ReportViews.Report known = recentlyRead.get(publication.id());
            if (known == null) {
                unread.add(publication);
            } else {
                found.put(publication.id(), known);
            }
        }
        if (!unread.isEmpty()) {
            Map<String, List<ReportCellRow>> byPublication = cells.findByPublicationIdInOrderById(
                    unread.stream().map(ReportPublication::id).toList()).stream().collect(Collectors.groupingBy(ReportCellRow::publicationId));
            for (ReportPublication publication : unread) {
                Map<String, PublishedCell> values = new LinkedHashMap<>();
                byPublication.getOrDefault(publication.id(), List.of())
                        .forEach(row -> values.put(row.metric(), new PublishedCell(plain(row.value()), row.status())));
                ReportViews.Report report = new ReportViews.Report(publication.period(), publication.periodStart(), publication.periodEnd(),
                        publication.publishedAt(), publication.epsilon(), Collections.unmodifiableMap(values));
                recentlyRead.put(publication.id(), report);
                found.put(publication.id(), report);
            }
        }
        return published.stream().map(publication -> found.get(publication.id())).toList();
    }

    /** 25, 2.5 and 250 rather than 25.00, 2.50 and 2.5E+2. */
    private static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    static String csv(ReportViews.Series series) {
        StringBuilder csv = new StringBuilder("period,metric,value,status\n");
        for (ReportViews.Report report : series.periods()) {
            report.cells().forEach((metric, cell) -> csv.append(report.period()).append(',').append(metric).append(',')
                    .append(cell.value() == null ? "" : cell.value().toPlainString()).append(',').append(cell.status()).append('\n'));
        }
        return csv.toString();
    }
}
