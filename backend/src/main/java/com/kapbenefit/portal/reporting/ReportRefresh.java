package com.kapbenefit.portal.reporting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("report_refresh")
record ReportRefresh(@Id @GeneratedValue Long id, Instant startedAt, @Nullable Instant finishedAt, int published) {
}
