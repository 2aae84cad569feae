package com.kapbenefit.portal.sponsorship;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.kapbenefit.portal.shared.KeyedHash;
import com.kapbenefit.portal.support.Api;
import com.kapbenefit.portal.support.Api.Reply;
import com.kapbenefit.portal.support.Database;
import com.kapbenefit.portal.support.ProgrammeFixtures;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class EligibilityUploadTest {

    @Inject
    @Client("/")
    HttpClient httpClient;
    @Inject
    JsonMapper json;
    @Inject
    Database database;
    @Inject
    KeyedHash keyedHash;
    @Inject
    io.micronaut.runtime.server.EmbeddedServer server;

    Api api;
    String hr;
    String programmeId;

    @BeforeEach
    void setUp() {
        api = new Api(httpClient, json);
        hr = api.accessToken(Api.HR_ADMIN);
        programmeId = ProgrammeFixtures.activeProgramme(api, hr, "Eligibility " + UUID.randomUUID(), 50);
    }

    @Test
    void aValidFileIsStoredOnlyAsKeyedHashesOfNormalisedIdentifiers() {
        Reply reply = upload("REPLACE", "work_email,date_of_birth\n  Ana.Lopez@SierraSoap.example ,1985-03-14\nE-10442,\n\n\"ben@sierrasoap.example\",\n");

        assertEquals(200, reply.status(), reply.body());
        assertEquals(Map.of("mode", "REPLACE", "rowsAccepted", 3, "rowsRejected", 0, "eligibleTotal", 3), reply.map());
        assertEquals(1, database.count("SELECT COUNT(*) FROM eligibility_entry WHERE programme_id = ? AND identifier_hash = ?",
                programmeId, keyedHash.ofIdentifier("ana.lopez@sierrasoap.example")));
        assertEquals(1, database.count("SELECT COUNT(*) FROM eligibility_entry WHERE programme_id = ? AND date_of_birth_hash = ?",
                programmeId, keyedHash.ofIdentifier("ana.lopez@sierrasoap.example|1985-03-14")));
        assertEquals(0, database.count("SELECT COUNT(*) FROM eligibility_entry WHERE identifier_hash LIKE '%@%' "
                + "OR identifier_hash LIKE '%e-10442%' OR LENGTH(identifier_hash) <> 64"));
    }

    @Test
    void rawIdentifiersNeverReachTheLogs() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Level previous = root.getLevel();
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        root.addAppender(captured);
        root.setLevel(Level.ALL);
        try {
            upload("APPEND", "email\nsecret.person@sierrasoap.example\nnot an email@\n");
            upload("APPEND", "email\nsecret.person@sierrasoap.example\n");
        } finally {
            root.setLevel(previous);
            root.detachAppender(captured);
        }
        assertFalse(captured.list.isEmpty(), "the capture saw the requests being logged at all");
        // The test's own HTTP client traces what it sends; the portal has no HTTP client.
        assertTrue(captured.list.stream()
                .filter(event -> !event.getLoggerName().startsWith("io.micronaut.http.client"))
                .noneMatch(event -> event.getFormattedMessage().toLowerCase().contains("secret.person")));
    }

    @Test
    void aFileWithBadLinesIsRejectedWholeWithLineNumbersAndStoresNothing() {
        upload("REPLACE", "email\nkeep.me@sierrasoap.example\n");
        long entriesBefore = database.count("SELECT COUNT(*) FROM eligibility_entry WHERE programme_id = ?", programmeId);

        Reply reply = upload("REPLACE", "email,dob\nnew.one@sierrasoap.example,\nnot-an-email@,\nnew.two@sierrasoap.example,1990-02-30\n"
                + "NEW.ONE@sierrasoap.example,\n,\nnew.three@sierrasoap.example,1979-12-01,extra\n");

        assertEquals(422, reply.status(), reply.body());
        assertEquals("application/problem+json", reply.contentType());
        Map<String, Object> report = reply.map();
        assertEquals("/problems/eligibility-file-rejected", report.get("type"));
        assertEquals(5, report.get("rowsRejected"));
        assertEquals(1, report.get("rowsAccepted"));
        List<?> lines = ((List<?>) report.get("rejectedLines")).stream().map(line -> List.of(((Map<?, ?>) line).get("line"), ((Map<?, ?>) line).get("code"))).toList();
        assertEquals(List.of(List.of(3, "INVALID_EMAIL"), List.of(4, "INVALID_DATE_OF_BIRTH"), List.of(5, "DUPLICATE"),
                List.of(6, "MISSING_IDENTIFIER"), List.of(7, "TOO_MANY_COLUMNS")), lines);
        assertFalse(reply.body().contains("new.one"), "the report names lines, never the values");

        assertEquals(entriesBefore, database.count("SELECT COUNT(*) FROM eligibility_entry WHERE programme_id = ?", programmeId));
        assertEquals(1, eligibleTotal(), "the earlier list is untouched");
    }

    @Test
    void replaceMakesTheFileTheWholeListAndAppendAddsToIt() {
        upload("REPLACE", "employee_id\nA-1\nA-2\nA-3\n");
        assertEquals(3, eligibleTotal());
        assertEquals(200, upload("APPEND", "employee_id\nA-3\nA-4\n").status());
        assertEquals(4, eligibleTotal());
        Reply replaced = upload("REPLACE", "employee_id\nA-4\nA-5\n");
        assertEquals(2, replaced.map().get("eligibleTotal"));
        assertEquals(2, eligibleTotal());
    }

    @Test
    void unreadableFilesAreRefusedClearly() {
        assertUnreadable(upload("APPEND", ""), "empty");
        assertUnreadable(upload("APPEND", "name,department\nAna,Soap\n"), "header");
        assertUnreadable(send("APPEND", new byte[]{'e', 'm', 'a', 'i', 'l', '\n', (byte) 0xC3, (byte) 0x28, '\n'}), "UTF-8");
        assertUnreadable(send("APPEND", "email\nab\u0000cd@x.org\n".getBytes(StandardCharsets.UTF_8)), "binary");
        Reply hugeLine = upload("APPEND", "email\n" + "a".repeat(5_000) + "@x.org\n");
        assertEquals(422, hugeLine.status());
        assertEquals("LINE_TOO_LONG", ((Map<?, ?>) ((List<?>) hugeLine.map().get("rejectedLines")).get(0)).get("code"));
        assertEquals(0, eligibleTotal());
    }

    @Test
    void uploadBombsAreRefusedCleanlyAndStoreNothing() throws Exception {
        upload("REPLACE", "email\nkept@x.org\n");

        byte[] endlessLine = new byte[20 * 1024 * 1024];
        java.util.Arrays.fill(endlessLine, (byte) 'a');
        System.arraycopy("email\n".getBytes(StandardCharsets.UTF_8), 0, endlessLine, 0, 6);
        Reply oneLine = send("REPLACE", endlessLine);
        assertEquals(422, oneLine.status(), oneLine.body());
        assertEquals("LINE_TOO_LONG", ((Map<?, ?>) ((List<?>) oneLine.map().get("rejectedLines")).get(0)).get("code"));

        String oversized = declareOversizedUpload(26 * 1024 * 1024);
        assertTrue(oversized.startsWith("HTTP/1.1 413"), oversized);
        assertTrue(oversized.contains("/problems/payload-too-large"), oversized);

        byte[] random = new byte[64 * 1024];
        new java.util.Random(7).nextBytes(random);
        assertEquals(400, send("REPLACE", random).status(), "random bytes are not a CSV file");
        assertUnreadable(send("REPLACE", "email\nana@x.org\n".getBytes(StandardCharsets.UTF_16)), "UTF-8");
        assertUnreadable(send("REPLACE", "email\njos\u00e9@x.org\n".getBytes(StandardCharsets.ISO_8859_1)), "UTF-8");
        byte[] gzip = {(byte) 0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 'e', 'm', 'a', 'i', 'l', '\n', 0, 0, 0};
        assertEquals(400, send("REPLACE", gzip).status(), "a compressed file is not unpacked");

        assertEquals(1, eligibleTotal(), "every refused upload left the list as it was");
    }

    @Test
    void aHundredThousandRowsAreAcceptedInOneUpload() {
        StringBuilder csv = new StringBuilder("email,date_of_birth\n");
        for (int i = 0; i < 100_000; i++) {
            csv.append("employee").append(i).append("@bigcorp.example,19").append(50 + i % 50).append("-0").append(1 + i % 9).append("-1").append(i % 9).append('\n');
        }
        Reply reply = upload("REPLACE", csv.toString());
        assertEquals(200, reply.status(), reply.body());
        assertEquals(100_000, reply.map().get("rowsAccepted"));
        assertEquals(100_000L, eligibleTotal());
    }

    /**
     * Declares a body over the limit, sends its first 64 kB and reads the answer on a plain socket: test
     * clients that finish sending before they read would wait out the server's idle time-out instead.
     */
    private String declareOversizedUpload(int length) throws java.io.IOException {
        try (java.net.Socket socket = new java.net.Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(10_000);
            String head = "POST /api/sponsorship/programmes/" + programmeId + "/eligibility?mode=REPLACE HTTP/1.1\r\n"
                    + "Host: localhost\r\nContent-Type: text/csv\r\nAuthorization: Bearer " + hr + "\r\n"
                    + "Content-Length: " + length + "\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().write(new byte[64 * 1024]);
            socket.getOutputStream().flush();
            byte[] answer = new byte[4096];
            int read = socket.getInputStream().read(answer);
            return new String(answer, 0, Math.max(read, 0), StandardCharsets.UTF_8);
        }
    }

    private long eligibleTotal() {
        return ((Number) ((Map<?, ?>) api.get("/api/sponsorship/programmes/" + programmeId, hr).map().get("eligibility")).get("eligibleTotal")).longValue();
    }

    private Reply upload(String mode, String csv) {
        return send(mode, csv.getBytes(StandardCharsets.UTF_8));
    }

    private Reply send(String mode, byte[] body) {
        return api.send(HttpRequest.POST("/api/sponsorship/programmes/" + programmeId + "/eligibility?mode=" + mode, body)
                .contentType("text/csv").bearerAuth(hr));
    }

    private static void assertUnreadable(Reply reply, String hint) {
        assertEquals(400, reply.status(), hint + ": " + reply.body());
        assertEquals("/problems/eligibility-file-unreadable", reply.map().get("type"), hint);
        assertTrue(reply.map().get("detail").toString().contains(hint.equals("header") ? "header" : hint.equals("empty") ? "empty" : hint),
                hint + ": " + reply.map().get("detail"));
    }
}
