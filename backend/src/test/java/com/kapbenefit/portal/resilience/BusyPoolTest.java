package com.kapbenefit.portal.resilience;

import com.kapbenefit.portal.support.Api.Reply;
import com.kapbenefit.portal.support.PortalInstance;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An overloaded portal says it is busy and when to come back, not that its database is gone. */
@MicronautTest(transactional = false)
class BusyPoolTest {

    @Test
    void aPortalWithEveryConnectionInUseAnswersBusyAndRecovers() throws SQLException {
        try (PortalInstance portal = PortalInstance.joining(Map.of(
                "datasources.default.maximum-pool-size", 1, "datasources.default.connection-timeout", 250))) {
            Map<String, Object> signIn = Map.of("email", "nobody-" + System.nanoTime() + "@mail.example", "password", "not the password");
            DataSource pool = DelegatingDataSource.unwrapDataSource(portal.bean(DataSource.class));
            try (Connection held = pool.getConnection()) {
                Reply busy = portal.api().send(HttpRequest.POST("/api/identity/tokens", signIn));
                assertEquals(503, busy.status(), busy.body());
                assertEquals("/problems/database-unavailable", busy.map().get("type"));
                assertTrue(((String) busy.map().get("detail")).contains("very busy"), busy.body());
                assertEquals("5", busy.header("Retry-After").orElseThrow());
            }
            assertEquals(401, portal.api().send(HttpRequest.POST("/api/identity/tokens", signIn)).status(), "answers again once a connection is free");
        }
    }
}
