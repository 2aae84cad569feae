package com.kapbenefit.portal.reporting;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

@MappedEntity("report_publication")
record ReportPublication(@Id String id, String programmeId, String employerId, String period, ReportPeriod.Granularity granularity,
                         LocalDate periodStart, LocalDate periodEnd, BigDecimal epsilon, Instant publishedAt) {
}
