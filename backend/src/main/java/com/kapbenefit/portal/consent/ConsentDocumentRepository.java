package com.kapbenefit.portal.consent;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ConsentDocumentRepository extends CrudRepository<ConsentDocument, Long> {

    @Query("SELECT COALESCE(MAX(version), 0) FROM consent_document WHERE kind = :kind")
    int currentVersion(ConsentKind kind);

    Optional<ConsentDocument> findByKindAndVersionAndLanguage(ConsentKind kind, int version, String language);
}
