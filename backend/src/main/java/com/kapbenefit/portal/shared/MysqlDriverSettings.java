package com.kapbenefit.portal.shared;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

import java.util.Map;

/**
 * Connector/J parses the text of every prepared statement again each time one is prepared, which
 * cost a sixth of the CPU of a dashboard request (bench/README.md). With these settings each pooled
 * connection keeps the statements it has parsed, and the driver keeps the session state it set
 * itself instead of asking the server. Applied to every MySQL pool, whatever URL the operator gives.
 */
@Singleton
class MysqlDriverSettings implements BeanCreatedEventListener<DatasourceConfiguration> {

    static final Map<String, String> SETTINGS = Map.of(
            "cachePrepStmts", "true",
            "prepStmtCacheSize", "500",
            "prepStmtCacheSqlLimit", "8192",
            "cacheResultSetMetadata", "true",
            "cacheServerConfiguration", "true",
            "useLocalSessionState", "true",
            "maintainTimeStats", "false");

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration pool = event.getBean();
        if (pool.getUrl() != null && pool.getUrl().startsWith("jdbc:mysql:")) {
            SETTINGS.forEach((key, value) -> {
                if (!pool.getDataSourceProperties().containsKey(key)) {
                    pool.addDataSourceProperty(key, value);
                }
            });
        }
        return pool;
    }
}
