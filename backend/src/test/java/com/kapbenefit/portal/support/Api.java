package com.kapbenefit.portal.support;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpCookie;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A thin black-box client: every answer, success or problem, comes back as a {@link Reply}. */
public final class Api {

    public static final String DEMO_PASSWORD = "KapDemo!2026";
    public static final String PLATFORM_ADMIN = "admin@kap.example";
    public static final String HR_ADMIN = "hr@sierrasoap.example";
    public static final String OTHER_HR_ADMIN = "hr@desertbloom.example";
    public static final String MEMBER = "member@kap.example";
    public static final String PROVIDER = "therapist.ca@kap.example";
    public static final String PRESCRIBER = "prescriber@kap.example";

    private final BlockingHttpClient client;
    private final JsonMapper json;

    public Api(HttpClient client, JsonMapper json) {
        this.client = client.toBlocking();
        this.json = json;
    }

    public record Reply(int status, HttpResponse<?> response, String body, JsonMapper json) {

        public Map<String, Object> map() {
            try {
                return json.readValue(body, Argument.mapOf(String.class, Object.class));
            } catch (IOException e) {
                throw new UncheckedIOException("Not a JSON object: " + body, e);
            }
        }

        public List<Map<String, Object>> list() {
            try {
                return json.readValue(body, Argument.listOf(Argument.mapOf(String.class, Object.class)));
            } catch (IOException e) {
                throw new UncheckedIOException("Not a JSON array: " + body, e);
            }
        }

        public Optional<String> header(String name) {
            return Optional.ofNullable(response.getHeaders().get(name));
        }

        public Optional<HttpCookie> cookie(String name) {
            return response.getHeaders().getAll("Set-Cookie").stream()
                    .flatMap(header -> HttpCookie.parse(header).stream())
                    .filter(cookie -> cookie.getName().equals(name))
                    .findFirst();
        }

        public String contentType() {
            return response.getContentType().map(Object::toString).orElse("");
        }
    }

    public Reply send(MutableHttpRequest<?> request) {
        try {
            HttpResponse<String> response = client.exchange(request, String.class);
            return new Reply(response.code(), response, response.getBody().orElse(""), json);
        } catch (HttpClientResponseException e) {
            HttpResponse<?> response = e.getResponse();
            return new Reply(response.code(), response, response.getBody(String.class).orElse(""), json);
        }
    }

    /** Signs in through the API-client endpoint and returns the bearer access token. */
    public String accessToken(String email) {
        Reply reply = send(HttpRequest.POST("/api/identity/tokens", Map.of("email", email, "password", DEMO_PASSWORD)));
        if (reply.status() != 200) {
            throw new IllegalStateException("Sign-in of " + email + " failed: " + reply.status() + " " + reply.body());
        }
        return (String) reply.map().get("accessToken");
    }

    public Reply post(String path, Object body, String bearerToken) {
        return send(HttpRequest.POST(path, body).bearerAuth(bearerToken));
    }

    public Reply put(String path, Object body, String bearerToken) {
        return send(HttpRequest.PUT(path, body).bearerAuth(bearerToken));
    }

    public Reply postCsv(String path, String csv, String bearerToken) {
        return send(HttpRequest.POST(path, csv.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .contentType("text/csv").bearerAuth(bearerToken));
    }

    public Reply get(String path, String bearerToken) {
        MutableHttpRequest<?> request = HttpRequest.GET(path);
        if (bearerToken != null) {
            request.bearerAuth(bearerToken);
        }
        return send(request);
    }
}
