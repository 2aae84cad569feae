package com.kapbenefit.portal.webapp;

import com.kapbenefit.portal.support.Api;
import com.kapbenefit.portal.support.Api.Reply;
import com.kapbenefit.portal.support.PortalInstance;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The jar serves the React app, its client routes, the API's errors and the operations endpoints side by side. */
@MicronautTest(transactional = false)
class ServingTest {

    @Inject
    @Client("/")
    HttpClient httpClient;
    @Inject
    JsonMapper json;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(httpClient, json);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/sign-in", "/hr", "/member", "/admin/employers/42"})
    void clientRoutesAnswerWithTheApp(String path) {
        Reply reply = api.send(HttpRequest.GET(path).accept(MediaType.TEXT_HTML_TYPE));
        assertEquals(200, reply.status());
        assertTrue(reply.contentType().startsWith("text/html"), reply.contentType());
        assertTrue(reply.body().contains("<div id=\"root\">") || reply.body().contains("id=root"), reply.body());
    }

    @Test
    void everyPageCarriesAStrictContentSecurityPolicy() {
        Reply page = api.send(HttpRequest.GET("/sign-in").accept(MediaType.TEXT_HTML_TYPE));
        String policy = page.header("Content-Security-Policy").orElseThrow();
        assertTrue(policy.contains("script-src 'self';"), policy);
        assertFalse(policy.contains("unsafe-inline"), policy);
        assertEquals("nosniff", page.header("X-Content-Type-Options").orElseThrow());
        assertEquals("DENY", page.header("X-Frame-Options").orElseThrow());
        assertTrue(api.get("/api/identity/me", api.accessToken(Api.MEMBER)).header("X-Content-Type-Options").isPresent());
    }

    @Test
    void thePageIsCheckedOnEveryVisitWhileItsHashedScriptsAreKeptForGood() {
        Reply page = api.send(HttpRequest.GET("/").accept(MediaType.TEXT_HTML_TYPE));
        assertEquals("no-cache", page.header("Cache-Control").orElseThrow());
        java.util.regex.Matcher script = java.util.regex.Pattern.compile("/assets/[^\"]+\\.js").matcher(page.body());
        assertTrue(script.find(), page.body());

        Reply asset = api.send(HttpRequest.GET(script.group()));
        assertEquals(200, asset.status());
        assertEquals(List.of("public, max-age=31536000, immutable"), asset.response().getHeaders().getAll("Cache-Control"));
        assertEquals("no-cache", api.send(HttpRequest.GET("/sign-in").accept(MediaType.TEXT_HTML_TYPE)).header("Cache-Control").orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/no-such-thing", "/api/employers/current/extra", "/assets/missing.js", "/logo-missing.png"})
    void serverPathsAndMissingFilesKeepTheirProblem404(String path) {
        String token = api.accessToken(Api.HR_ADMIN);
        Reply reply = api.get(path, token);
        assertEquals(404, reply.status(), reply.body());
        assertEquals("application/problem+json", reply.contentType());
        assertEquals("/problems/not-found", reply.map().get("type"));
    }

    @Test
    void behindTlsEveryAnswerTellsBrowsersToUseOnlyHttps() {
        assertTrue(api.get("/health/liveness", null).header("Strict-Transport-Security").isEmpty(), "not on plain-HTTP development");
        try (PortalInstance production = PortalInstance.joining(Map.of("kap.security.secure-cookies", true))) {
            Reply page = production.api().send(HttpRequest.GET("/sign-in").accept(MediaType.TEXT_HTML_TYPE));
            assertEquals("max-age=31536000; includeSubDomains", page.header("Strict-Transport-Security").orElseThrow());
        }
    }

    @Test
    void anUnsupportedMethodIsAProblemToo() {
        Reply reply = api.send(HttpRequest.PUT("/api/identity/me", Map.of()).bearerAuth(api.accessToken(Api.MEMBER)));
        assertEquals(405, reply.status());
        assertEquals("application/problem+json", reply.contentType());
        assertFalse(reply.body().contains("io.micronaut"));
    }

    @Test
    void healthHasLivenessAndReadinessIncludingTheDatabase() {
        assertEquals("UP", api.get("/health", null).map().get("status"));
        assertEquals(200, api.get("/health/liveness", null).status());
        Reply readiness = api.get("/health/readiness", null);
        assertEquals(200, readiness.status());
        assertEquals("UP", readiness.map().get("status"));
    }

    @Test
    void theOpenApiDocumentAndSwaggerUiAreServed() {
        Reply ui = api.get("/swagger-ui/index.html", null);
        assertEquals(200, ui.status());
        assertTrue(ui.body().contains("swagger-ui"));
        Reply spec = api.get("/swagger/kap-benefit-portal-api-0.1.yml", null);
        assertEquals(200, spec.status());
        assertTrue(spec.body().contains("/api/identity/sessions"));
    }

    @Test
    void prometheusMetricsAreExposed() {
        Reply metrics = api.get("/prometheus", null);
        assertEquals(200, metrics.status());
        assertTrue(metrics.body().contains("jvm_memory_used_bytes"));
    }
}
