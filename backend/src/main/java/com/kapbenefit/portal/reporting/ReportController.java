package com.kapbenefit.portal.reporting;

import com.kapbenefit.portal.identity.Caller;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;

import java.util.List;

/** The fixed report shapes: a programme's months or quarters. No filters, no ranges, no rows. */
@Controller("/api/reports")
@ExecuteOn(TaskExecutors.BLOCKING)
class ReportController {

    private final Reports reports;
    private final ReportPublisher publisher;

    ReportController(Reports reports, ReportPublisher publisher) {
        this.reports = reports;
        this.publisher = publisher;
    }

    @Get("/programmes")
    @Secured("HR_ADMIN")
    List<ReportViews.ProgrammeChoice> programmes(Authentication authentication) {
        return reports.programmesOf(Caller.of(authentication).requireEmployerId());
    }

    @Get("/programmes/{programmeId}")
    @Secured("HR_ADMIN")
    ReportViews.Series series(String programmeId, @QueryValue @Nullable ReportPeriod.Granularity granularity,
                              Authentication authentication) {
        return reports.seriesFor(Caller.of(authentication).requireEmployerId(), programmeId, orMonth(granularity));
    }

    @Get(value = "/programmes/{programmeId}/export.csv", produces = "text/csv")
    @Secured("HR_ADMIN")
    HttpResponse<String> csv(String programmeId, @QueryValue @Nullable ReportPeriod.Granularity granularity,
                             Authentication authentication) {
        ReportViews.Series series = reports.seriesFor(Caller.of(authentication).requireEmployerId(), programmeId, orMonth(granularity));
        return HttpResponse.ok(Reports.csv(series)).contentType(MediaType.of("text/csv"))
                .header("Content-Disposition", "attachment; filename=\"kap-report-" + series.granularity().name().toLowerCase() + ".csv\"");
    }

    /** Exactly what the member's employer sees, so the member can check it. */
    @Get("/my-employer")
    @Secured("MEMBER")
    List<ReportViews.Series> myEmployer(Authentication authentication) {
        return reports.allOf(Caller.of(authentication).requireEmployerId(), ReportPeriod.Granularity.QUARTER);
    }

    @Get("/overview")
    @Secured("PLATFORM_ADMIN")
    ReportViews.Overview overview() {
        return new ReportViews.Overview(status(), reports.everyProgramme(ReportPeriod.Granularity.QUARTER));
    }

    @Post("/refresh")
    @Secured("PLATFORM_ADMIN")
    ReportViews.RefreshStatus refresh() {
        publisher.publishClosedPeriods();
        return status();
    }

    private ReportViews.RefreshStatus status() {
        return publisher.lastRun().map(run -> new ReportViews.RefreshStatus(run.finishedAt(), run.published(), run.finishedAt() == null))
                .orElse(new ReportViews.RefreshStatus(null, 0, false));
    }

    private static ReportPeriod.Granularity orMonth(@Nullable ReportPeriod.Granularity granularity) {
        return granularity == null ? ReportPeriod.Granularity.MONTH : granularity;
    }
}
