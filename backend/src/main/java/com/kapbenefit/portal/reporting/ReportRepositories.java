package com.kapbenefit.portal.reporting;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

final class ReportRepositories {

    private ReportRepositories() {
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Publications extends CrudRepository<ReportPublication, String> {

        boolean existsByProgrammeIdAndPeriod(String programmeId, String period);

        List<ReportPublication> findByProgrammeIdAndGranularityOrderByPeriodStart(String programmeId, ReportPeriod.Granularity granularity);

        Optional<ReportPublication> findByProgrammeIdAndPeriod(String programmeId, String period);

        Optional<ReportPublication> findFirstByProgrammeIdAndGranularityOrderByPeriodStartDesc(String programmeId,
                                                                                                 ReportPeriod.Granularity granularity);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Cells extends CrudRepository<ReportCellRow, Long> {

        List<ReportCellRow> findByPublicationIdInOrderById(List<String> publicationIds);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Refreshes extends CrudRepository<ReportRefresh, Long> {

        Optional<ReportRefresh> findFirstOrderByIdDesc();
    }
}
