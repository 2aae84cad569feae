package com.kapbenefit.portal.reporting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.math.BigDecimal;

@MappedEntity("report_cell")
record ReportCellRow(@Id @GeneratedValue Long id, String publicationId, String metric, @Nullable BigDecimal value,
                     PublishedCell.Status status) {
}
