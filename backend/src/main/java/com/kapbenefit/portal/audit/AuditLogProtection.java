package com.kapbenefit.portal.audit;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * On MySQL and MariaDB, triggers make the audit table append-only for every database user,
 * the portal's own included. They are created at start-up, after the migrations, because Flyway's
 * MySQL scripts also run on the embedded database, which has no such triggers; creating them needs
 * the TRIGGER privilege (infra/README.md).
 */
@Singleton
class AuditLogProtection {

    private static final Logger LOG = LoggerFactory.getLogger(AuditLogProtection.class);

    private final DataSource dataSource;

    AuditLogProtection(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @EventListener
    @Connectable
    void onStartup(StartupEvent event) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase();
            if (!product.contains("mysql") && !product.contains("mariadb")) {
                return;
            }
            for (String operation : new String[] {"UPDATE", "DELETE"}) {
                String name = "audit_event_no_" + operation.toLowerCase();
                if (!exists(connection, name)) {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("CREATE TRIGGER " + name + " BEFORE " + operation + " ON audit_event FOR EACH ROW "
                                + "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_event is append-only'");
                    } catch (SQLException failed) {
                        // Pods starting together race to create it; only a trigger still missing is a problem.
                        if (!exists(connection, name)) {
                            throw failed;
                        }
                    }
                }
            }
        } catch (SQLException e) {
            LOG.warn("Could not make the audit log append-only in the database; grant TRIGGER to the portal's user", e);
        }
    }

    private static boolean exists(Connection connection, String trigger) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT COUNT(*) FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE() AND TRIGGER_NAME = ?")) {
            query.setString(1, trigger);
            try (ResultSet result = query.executeQuery()) {
                return result.next() && result.getInt(1) > 0;
            }
        }
    }
}
