package com.kapbenefit.portal.reporting;

import io.micronaut.data.annotation.Repository;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;

final class ReportRepositories {

    private ReportRepositories() {
    }

    /** Written by the publisher, on the primary. */
    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Publications extends CrudRepository<ReportPublication, String> {

        boolean existsByProgrammeIdAndPeriod(String programmeId, String period);
    }

    /**
     * Read on the request path through the {@code reporting} datasource, which may be a read replica:
     * a publication is written once and never changed, so a lagging replica can only show it late.
     */
    @Repository("reporting")
    @JdbcRepository(dialect = Dialect.MYSQL)
    interface PublishedReports extends GenericRepository<ReportPublication, String> {

        List<ReportPublication> findByProgrammeIdAndGranularityOrderByPeriodStart(String programmeId, ReportPeriod.Granularity granularity);

        Optional<ReportPublication> findByProgrammeIdAndPeriod(String programmeId, String period);

        Optional<ReportPublication> findFirstByProgrammeIdAndGranularityOrderByPeriodStartDesc(String programmeId,
                                                                                                 ReportPeriod.Granularity granularity);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Cells extends CrudRepository<ReportCellRow, Long> {
    }

    @Repository("reporting")
    @JdbcRepository(dialect = Dialect.MYSQL)
    interface PublishedCells extends GenericRepository<ReportCellRow, Long> {

        List<ReportCellRow> findByPublicationIdInOrderById(List<String> publicationIds);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Refreshes extends CrudRepository<ReportRefresh, Long> {

        Optional<ReportRefresh> findFirstOrderByIdDesc();
    }
}
