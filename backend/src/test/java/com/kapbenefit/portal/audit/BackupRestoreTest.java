package com.kapbenefit.portal.audit;

import com.kapbenefit.portal.support.Api;
import com.kapbenefit.portal.support.Database;
import com.kapbenefit.portal.support.Members;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The scripted backup restored into a fresh database has the same rows and an intact audit chain. */
@MicronautTest(transactional = false)
class BackupRestoreTest {

    private static final List<String> TABLES = List.of("user_account", "enrolment", "identity_vault", "identity_vault_read",
            "questionnaire_response", "consent_acceptance", "referral", "care_session", "report_cell", "audit_event");

    @Inject
    @Client("/")
    HttpClient httpClient;
    @Inject
    JsonMapper json;
    @Inject
    Database database;
    @Value("${datasources.default.url}")
    String url;

    @Test
    void aRestoredBackupHasTheSameRowsAndAnIntactAuditChain() throws Exception {
        Assumptions.assumeTrue(url.startsWith("jdbc:mysql:"), "backup and restore are for MySQL/MariaDB");
        Api api = new Api(httpClient, json);
        Members.Member member = Members.enrol(api);
        api.get("/api/enrolment/me/identity", member.accessToken());
        api.send(HttpRequest.POST("/api/identity/tokens", Map.of("email", Api.MEMBER, "password", "wrong")));

        String source = url.replaceFirst("^jdbc:mysql://[^/]+/([^?]+).*$", "$1");
        String restored = source + "_restored";
        Path dump = Files.createTempFile("kap-backup", ".sql.gz");
        Map<String, Long> before = counts(source);
        run("infra/backup/backup.sh", source, dump.toString());
        try (Connection root = connect(""); Statement statement = root.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + restored);
        }
        run("infra/backup/restore.sh", dump.toString(), restored);

        assertEquals(before, counts(restored));
        assertEquals(-1L, firstBrokenLink(restored), "the restored audit chain verifies");
        try (Connection copy = connect(restored); Statement statement = copy.createStatement();
             ResultSet triggers = statement.executeQuery("SELECT COUNT(*) FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE()")) {
            triggers.next();
            assertEquals(2, triggers.getInt(1), "the append-only triggers come back with the data");
        }
        run("infra/backup/restore.sh", dump.toString(), restored, 1);
        try (Connection root = connect(""); Statement statement = root.createStatement()) {
            statement.execute("DROP DATABASE " + restored);
        }
        Files.delete(dump);
    }

    private static void run(String script, String first, String second) throws Exception {
        run(script, first, second, 0);
    }

    private static void run(String script, String first, String second, int expectedExit) throws Exception {
        File root = new File(System.getProperty("user.dir")).getParentFile();
        Process process = new ProcessBuilder(new File(root, script).getPath(), first, second).directory(root)
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(120, TimeUnit.SECONDS));
        assertEquals(expectedExit, process.exitValue(), output);
    }

    private static Map<String, Long> counts(String schema) throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection connection = connect(schema); Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet result = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    result.next();
                    counts.put(table, result.getLong(1));
                }
            }
        }
        return counts;
    }

    /** The same walk as the portal's verification, over the restored copy. */
    private static long firstBrokenLink(String schema) throws Exception {
        String expected = AuditTrail.GENESIS;
        try (Connection connection = connect(schema); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT id, occurred_at, actor_account_id, actor_role, action, subject_ref, outcome, "
                     + "detail, request_id, previous_hash, hash FROM audit_event ORDER BY id")) {
            while (rows.next()) {
                AuditEvent event = new AuditEvent(rows.getLong(1), rows.getTimestamp(2).toInstant(), rows.getString(3), rows.getString(4),
                        rows.getString(5), rows.getString(6), AuditTrail.Outcome.valueOf(rows.getString(7)), rows.getString(8),
                        rows.getString(9), rows.getString(10), rows.getString(11));
                if (!event.intactAfter(expected)) {
                    return event.id();
                }
                expected = event.hash();
            }
        }
        return -1;
    }

    private static Connection connect(String schema) throws Exception {
        return DriverManager.getConnection("jdbc:mysql://127.0.0.1:3306/" + schema + "?connectionTimeZone=UTC",
                System.getenv().getOrDefault("DATASOURCE_USERNAME", "root"), System.getenv().getOrDefault("DATASOURCE_PASSWORD", ""));
    }
}
