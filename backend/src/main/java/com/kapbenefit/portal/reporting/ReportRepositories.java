package com.kapbenefit.portal.reporting;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.annotation.Repository;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;

final class ReportRepositories {

    private static final String REPLICA = "datasources.reporting.url";

    private ReportRepositories() {
    }

    /** Written by the publisher, on the primary. */
    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Publications extends CrudRepository<ReportPublication, String> {

        boolean existsByProgrammeIdAndPeriod(String programmeId, String period);
    }

    /**
     * Read on the request path, from a read replica when {@code datasources.reporting} is configured:
     * a publication is written once and never changed, so a lagging replica can only show it late.
     */
    interface PublishedReports extends GenericRepository<ReportPublication, String> {

        List<ReportPublication> findByProgrammeIdAndGranularityOrderByPeriodStart(String programmeId, ReportPeriod.Granularity granularity);

        Optional<ReportPublication> findByProgrammeIdAndPeriod(String programmeId, String period);

        Optional<ReportPublication> findFirstByProgrammeIdAndGranularityOrderByPeriodStartDesc(String programmeId,
                                                                                                 ReportPeriod.Granularity granularity);
    }

    @Requires(missingProperty = REPLICA)
    @JdbcRepository(dialect = Dialect.MYSQL)
    interface PrimaryPublishedReports extends PublishedReports {
    }

    @Requires(property = REPLICA)
    @Repository("reporting")
    @JdbcRepository(dialect = Dialect.MYSQL)
    interface ReplicaPublishedReports extends PublishedReports {
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Cells extends CrudRepository<ReportCellRow, Long> {
    }

    interface PublishedCells extends GenericRepository<ReportCellRow, Long> {

        List<ReportCellRow> findByPublicationIdInOrderById(List<String> publicationIds);
    }

    @Requires(missingProperty = REPLICA)
    @JdbcRepository(dialect = Dialect.MYSQL)
    interface PrimaryPublishedCells extends PublishedCells {
    }

    @Requires(property = REPLICA)
    @Repository("reporting")
    @JdbcRepository(dialect = Dialect.MYSQL)
    interface ReplicaPublishedCells extends PublishedCells {
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Refreshes extends CrudRepository<ReportRefresh, Long> {

        Optional<ReportRefresh> findFirstOrderByIdDesc();
    }
}
