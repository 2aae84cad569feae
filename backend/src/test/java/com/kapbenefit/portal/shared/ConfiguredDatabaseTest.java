package com.kapbenefit.portal.shared;

import com.kapbenefit.portal.support.Database;
import com.mysql.cj.conf.PropertyKey;
import com.mysql.cj.conf.PropertySet;
import com.mysql.cj.jdbc.JdbcConnection;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Proves the suite runs on the database CI configures, not silently on the embedded default. */
@MicronautTest(transactional = false)
class ConfiguredDatabaseTest {

    @Inject
    Database database;
    @Inject
    DataSource dataSource;

    @Test
    void testsRunOnTheConfiguredDatabase() {
        String configured = System.getenv().getOrDefault("DATASOURCE_URL", "");
        String product = database.productName();
        if (configured.startsWith("jdbc:mysql:") || configured.startsWith("jdbc:mariadb:")) {
            assertTrue(product.equals("MySQL") || product.equals("MariaDB"), product);
        } else {
            assertEquals("H2", product);
        }
    }

    @Test
    void everyMigrationApplied() {
        assertEquals(0, database.count("SELECT COUNT(*) FROM flyway_schema_history WHERE success = 0"));
        assertTrue(database.count("SELECT COUNT(*) FROM flyway_schema_history") >= 1);
    }

    @Test
    void mysqlConnectionsKeepTheStatementsTheyParsed() throws SQLException {
        try (Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection()) {
            if (!connection.isWrapperFor(JdbcConnection.class)) {
                assertEquals("H2", database.productName());
                return;
            }
            PropertySet settings = connection.unwrap(JdbcConnection.class).getPropertySet();
            assertTrue(settings.getBooleanProperty(PropertyKey.cachePrepStmts).getValue());
            assertTrue(settings.getBooleanProperty(PropertyKey.useLocalSessionState).getValue());
            assertEquals(500, settings.getIntegerProperty(PropertyKey.prepStmtCacheSize).getValue());
        }
    }
}
