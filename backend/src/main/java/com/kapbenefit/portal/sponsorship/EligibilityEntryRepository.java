package com.kapbenefit.portal.sponsorship;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface EligibilityEntryRepository extends GenericRepository<EligibilityUpload, String> {

    @io.micronaut.core.annotation.Introspected
    record Match(Long id, @io.micronaut.core.annotation.Nullable String dateOfBirthHash) {
    }

    @Query("SELECT id, date_of_birth_hash FROM eligibility_entry WHERE programme_id = :programmeId AND identifier_hash = :identifierHash AND is_active = TRUE")
    Optional<Match> findActive(String programmeId, String identifierHash);
}
