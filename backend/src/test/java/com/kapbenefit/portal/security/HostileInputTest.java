package com.kapbenefit.portal.security;

import com.kapbenefit.portal.support.Api;
import com.kapbenefit.portal.support.Database;
import com.kapbenefit.portal.support.Members;
import com.kapbenefit.portal.support.Therapists;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * jqwik-generated JSON thrown at every route that takes a body, as a caller allowed to use it:
 * wrong types, missing and unknown fields, huge and hostile strings, deep nesting. No answer may be
 * a 5xx, and every refusal is a problem document.
 */
@MicronautTest(transactional = false)
class HostileInputTest {

    private static final int PAYLOADS_PER_ROUTE = 40;
    private static final List<String> FIELDS = List.of("email", "password", "displayName", "name", "kind", "state", "language",
            "languageRequired", "reason", "startsAt", "instrument", "answers", "timepoint", "outcome", "setting", "version",
            "windows", "date", "note", "seats", "packageHours", "pricePerSeatUsd", "therapistId", "credentials", "languages",
            "modalities", "capacity", "timeZone", "legalName", "birthDate", "workIdentifier", "enrolmentCode", "messageToMember",
            "sitterName", "sitterAttested", "licenceType", "number", "issuedOn", "expiresOn", "dayOfWeek", "endsAt", "refreshToken");
    private static final List<String> HOSTILE = List.of("' OR 1=1 --", "<script>alert(1)</script>", "\u0000", "../../etc/passwd",
            "${jndi:ldap://x/a}", "%s%s%s%n", "😀".repeat(50), "9".repeat(400), "-1", "NaN", "2026-02-30", "25:61", "CA\nNY",
            "a".repeat(20_000));

    @Inject
    @Client("/")
    HttpClient httpClient;
    @Inject
    JsonMapper json;
    @Inject
    Database database;

    @Test
    void noGeneratedPayloadGetsA5xxAndEveryRefusalIsAProblem() {
        Api api = new Api(httpClient, json);
        Therapists therapists = new Therapists(api, database);
        Map<RouteTable.Caller, String> tokens = Map.of(
                RouteTable.Caller.OPERATOR, api.accessToken(Api.PLATFORM_ADMIN),
                RouteTable.Caller.HR, api.accessToken(Api.HR_ADMIN),
                RouteTable.Caller.MEMBER, Members.enrolFresh(api),
                RouteTable.Caller.THERAPIST, therapists.create("VT", List.of("en"), 5, LocalDate.now()).token(),
                RouteTable.Caller.PRESCRIBER, api.accessToken(Api.PRESCRIBER));
        Arbitrary<Object> payloads = payload();
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (Map.Entry<String, Set<RouteTable.Caller>> route : RouteTable.ALLOWED.entrySet()) {
            if (route.getKey().startsWith("GET ") || route.getKey().startsWith("DELETE ")) {
                continue;
            }
            RouteTable.Caller caller = route.getValue().stream()
                    .filter(candidate -> candidate != RouteTable.Caller.ANONYMOUS).findFirst().orElse(RouteTable.Caller.ANONYMOUS);
            for (Object payload : payloads.sampleStream().limit(PAYLOADS_PER_ROUTE).toList()) {
                Api.Reply reply = RouteTable.call(api, route.getKey(), tokens.get(caller), json(payload));
                sent++;
                boolean problem = reply.status() < 400 || reply.contentType().startsWith("application/problem+json");
                if (reply.status() >= 500 || !problem) {
                    failures.add(route.getKey() + " " + reply.status() + " " + reply.contentType() + " for " + abbreviate(json(payload)));
                }
            }
        }
        assertTrue(failures.isEmpty(), sent + " payloads, failures:\n" + String.join("\n", failures));
        therapists.restore();
    }

    private String json(Object payload) {
        if (payload == null) {
            return "null";
        }
        try {
            return json.writeValueAsString(payload);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Arbitrary<Object> payload() {
        Arbitrary<Object> scalar = Arbitraries.oneOf(
                Arbitraries.of(HOSTILE).map(value -> (Object) value),
                Arbitraries.strings().ofMaxLength(40).map(value -> (Object) value),
                Arbitraries.longs().map(value -> (Object) value),
                Arbitraries.doubles().map(value -> (Object) value),
                Arbitraries.of(true, false).map(value -> (Object) value),
                Arbitraries.just(null));
        Arbitrary<Object> list = scalar.list().ofMaxSize(5).map(value -> (Object) value);
        Arbitrary<Object> value = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, scalar), net.jqwik.api.Tuple.of(2, list),
                net.jqwik.api.Tuple.of(1, Arbitraries.maps(Arbitraries.of(FIELDS), scalar).ofMaxSize(4).map(map -> (Object) map)));
        Arbitrary<String> key = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(5, Arbitraries.of(FIELDS)),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().ofMinLength(1).ofMaxLength(12)));
        return Arbitraries.oneOf(Arbitraries.maps(key, value).ofMaxSize(8).map(map -> (Object) map), list, scalar);
    }

    private static String abbreviate(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
