package com.kapbenefit.portal.journey;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface CareReminderRepository extends CrudRepository<CareReminder, Long> {

    List<CareReminder> findByAccountIdOrderByCreatedAt(String accountId);

    boolean existsByAccountIdAndKindAndSubjectRef(String accountId, CareReminder.Kind kind, String subjectRef);
}
