package com.kapbenefit.portal.screening;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface QuestionnaireResponseRepository extends CrudRepository<QuestionnaireResponse, String> {

    List<QuestionnaireResponse> findByAccountIdOrderByTakenAtDesc(String accountId);

    List<QuestionnaireResponse> findByAccountIdOrderByTakenAt(String accountId);

    List<QuestionnaireResponse> findByAccountIdInOrderByTakenAt(Collection<String> accountIds);
}
