package com.kapbenefit.portal.reporting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

final class ReportViews {

    private ReportViews() {
    }

    @Serdeable
    record Privacy(double epsilonPerPeriod, String mechanism, int minimumCell) {

        static final Privacy CURRENT = new Privacy(DisclosureControl.EPSILON, "DISCRETE_LAPLACE", DisclosureControl.MINIMUM);
    }

    @Serdeable
    record Report(String period, LocalDate periodStart, LocalDate periodEnd, Instant publishedAt, BigDecimal epsilon,
                  Map<String, PublishedCell> cells) {
    }

    @Serdeable
    record Series(String programmeId, String programmeName, String employerName, ReportPeriod.Granularity granularity,
                  Privacy privacy, List<Report> periods) {
    }

    @Serdeable
    record ProgrammeChoice(String programmeId, String name) {
    }

    @Serdeable
    record RefreshStatus(@Nullable Instant lastRunAt, int lastRunPublished, boolean running) {
    }

    @Serdeable
    record Overview(RefreshStatus refresh, List<Series> programmes) {
    }
}
