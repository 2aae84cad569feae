package com.kapbenefit.portal.audit;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AuditEventRepository extends CrudRepository<AuditEvent, Long> {

    @Query("SELECT last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE")
    String lockHead();

    @Query("UPDATE audit_chain_head SET last_hash = :hash WHERE id = 1")
    int moveHead(String hash);

    @Query("SELECT * FROM audit_event WHERE id > :after ORDER BY id LIMIT :limit")
    List<AuditEvent> pageAfter(long after, int limit);
}
