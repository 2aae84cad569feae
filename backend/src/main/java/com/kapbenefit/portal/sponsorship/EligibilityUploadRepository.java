package com.kapbenefit.portal.sponsorship;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface EligibilityUploadRepository extends CrudRepository<EligibilityUpload, String> {

    Optional<EligibilityUpload> findFirstByProgrammeIdOrderByUploadedAtDesc(String programmeId);

    @Query("SELECT COUNT(*) FROM eligibility_entry WHERE programme_id = :programmeId AND is_active = TRUE")
    long countEligible(String programmeId);
}
