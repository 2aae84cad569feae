package com.kapbenefit.portal.reporting;

import com.kapbenefit.portal.support.Api;
import com.kapbenefit.portal.support.Database;
import com.kapbenefit.portal.support.PortalInstance;
import com.kapbenefit.portal.support.ProgrammeFixtures;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Dashboards read published reports through the {@code reporting} datasource when one is configured, as
 * production may for a read replica, with the documented account: SELECT on the two report tables only.
 */
@MicronautTest(transactional = false)
class ReportingReplicaTest {

    @Inject
    @Client("/")
    HttpClient httpClient;
    @Inject
    JsonMapper json;
    @Inject
    Database database;
    @Value("${datasources.default.url}")
    String primaryUrl;

    @Test
    void theHrDashboardIsServedThroughAnAccountThatMayOnlyReadTheTwoReportTables() {
        Assumptions.assumeTrue(database.productName().toLowerCase().matches(".*(mysql|mariadb).*"), "database accounts need MySQL/MariaDB");
        String schema = database.one("SELECT DATABASE()");
        String password = UUID.randomUUID().toString();
        database.update("CREATE OR REPLACE USER 'kap_reporting_test'@'%' IDENTIFIED BY '" + password + "'");
        database.update("CREATE OR REPLACE USER 'kap_reporting_test'@'localhost' IDENTIFIED BY '" + password + "'");
        for (String host : new String[] {"%", "localhost"}) {
            database.update("GRANT SELECT ON " + schema + ".report_publication TO 'kap_reporting_test'@'" + host + "'");
            database.update("GRANT SELECT ON " + schema + ".report_cell TO 'kap_reporting_test'@'" + host + "'");
        }
        for (String host : new String[] {"%", "localhost"}) {
            database.update("CREATE OR REPLACE USER 'kap_cells_only_test'@'" + host + "' IDENTIFIED BY '" + password + "'");
            database.update("GRANT SELECT ON " + schema + ".report_cell TO 'kap_cells_only_test'@'" + host + "'");
        }

        Api primary = new Api(httpClient, json);
        String hr = primary.accessToken(Api.HR_ADMIN);
        String programme = ProgrammeFixtures.activeProgramme(primary, hr, "Replica " + UUID.randomUUID(), 5);
        String dashboard = "/api/reports/programmes/" + programme + "?granularity=MONTH";
        Api.Reply onPrimary = primary.get(dashboard, hr);
        assertEquals(200, onPrimary.status(), onPrimary.body());

        try (PortalInstance readOnly = PortalInstance.joining(Map.of("datasources.reporting.url", primaryUrl,
                "datasources.reporting.username", "kap_reporting_test", "datasources.reporting.password", password));
             PortalInstance withoutPublications = PortalInstance.joining(Map.of("datasources.reporting.url", primaryUrl,
                     "datasources.reporting.username", "kap_cells_only_test", "datasources.reporting.password", password))) {
            Api.Reply throughReadOnlyAccount = readOnly.api().get(dashboard, hr);
            assertEquals(200, throughReadOnlyAccount.status(), throughReadOnlyAccount.body());
            assertEquals(onPrimary.map(), throughReadOnlyAccount.map());

            int withoutGrants = withoutPublications.api().get(dashboard, hr).status();
            assertTrue(withoutGrants >= 500, "the dashboard really reads through the reporting account: " + withoutGrants);
        } finally {
            database.update("DROP USER IF EXISTS 'kap_reporting_test'@'%', 'kap_reporting_test'@'localhost', "
                    + "'kap_cells_only_test'@'%', 'kap_cells_only_test'@'localhost'");
        }
    }
}
