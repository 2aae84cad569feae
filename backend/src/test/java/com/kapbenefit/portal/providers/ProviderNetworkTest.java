package com.kapbenefit.portal.providers;

import com.kapbenefit.portal.support.Api;
import com.kapbenefit.portal.support.Api.Reply;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class ProviderNetworkTest {

    private static final String THERAPIST = "therapist.ut@kap.example";

    @Inject
    @Client("/")
    HttpClient httpClient;
    @Inject
    JsonMapper json;

    Api api;
    String provider;
    String operator;

    @BeforeEach
    void setUp() {
        api = new Api(httpClient, json);
        provider = api.accessToken(THERAPIST);
        operator = api.accessToken(Api.PLATFORM_ADMIN);
    }

    @Test
    void aSubmittedLicenceCountsOnlyOnceAnOperatorVerifiesIt() {
        Reply added = addLicence("NY", LocalDate.now().minusYears(1), LocalDate.now().plusYears(2));
        assertEquals(201, added.status(), added.body());
        assertEquals("PENDING", added.map().get("status"));
        assertEquals(false, added.map().get("validToday"));
        String licenceId = (String) added.map().get("id");
        assertFalse(licensedStates().contains("NY"));

        assertEquals(403, api.post("/api/providers/licences/" + licenceId + "/verify", Map.of(), provider).status(),
                "a provider cannot verify their own licence");
        assertTrue(pendingIds().contains(licenceId));

        Reply verified = api.post("/api/providers/licences/" + licenceId + "/verify", Map.of(), operator);
        assertEquals("VERIFIED", verified.map().get("status"));
        assertEquals("Platform Operator", verified.map().get("verifiedBy"));
        assertTrue(licensedStates().contains("NY"));
        assertFalse(pendingIds().contains(licenceId));

        assertEquals(400, api.post("/api/providers/licences/" + licenceId + "/reject", Map.of("reason", " "), operator).status());
        Reply rejected = api.post("/api/providers/licences/" + licenceId + "/reject", Map.of("reason", "Not in the NY register"), operator);
        assertEquals("REJECTED", rejected.map().get("status"));
        assertFalse(licensedStates().contains("NY"));
    }

    @Test
    void licencesExpiringWithinSixtyDaysAreListedSoonestFirst() {
        String soon = (String) addLicence("CA", LocalDate.now().minusYears(2), LocalDate.now().plusDays(30)).map().get("id");
        String later = (String) addLicence("CA", LocalDate.now().minusYears(2), LocalDate.now().plusDays(90)).map().get("id");
        api.post("/api/providers/licences/" + soon + "/verify", Map.of(), operator);
        api.post("/api/providers/licences/" + later + "/verify", Map.of(), operator);

        List<Object> expiring = api.get("/api/providers/licences/expiring", operator).list().stream().map(row -> row.get("id")).toList();
        assertTrue(expiring.contains(soon));
        assertFalse(expiring.contains(later));
    }

    @Test
    void aProviderKeepsTheirOwnProfileWithinSensibleBounds() {
        Map<String, Object> request = new HashMap<>(Map.of("credentials", "PhD, Licensed Psychologist", "languages", List.of("en", "es", "pt"),
                "modalities", List.of("TELEHEALTH", "JOSHUA_TREE"), "capacity", 8, "timeZone", "America/Denver"));
        Reply saved = api.put("/api/providers/me", request, provider);
        assertEquals(200, saved.status(), saved.body());
        assertEquals(List.of("en", "es", "pt"), saved.map().get("languages"));
        assertEquals(8, saved.map().get("capacity"));

        request.put("capacity", 0);
        request.put("timeZone", "Mars/Olympus");
        request.put("languages", List.of("spanish"));
        Reply refused = api.put("/api/providers/me", request, provider);
        assertEquals(400, refused.status());
        List<?> fields = ((List<?>) refused.map().get("errors")).stream().map(e -> ((Map<?, ?>) e).get("field")).distinct().sorted().toList();
        assertEquals(List.of("capacity", "languages"), fields);

        request.put("capacity", 8);
        request.put("languages", List.of("en"));
        Reply badZone = api.put("/api/providers/me", request, provider);
        assertEquals("timeZone", ((Map<?, ?>) ((List<?>) badZone.map().get("errors")).get(0)).get("field"));
        assertEquals(List.of("en", "es", "pt"), api.get("/api/providers/me", provider).map().get("languages"), "nothing half-written");
    }

    @Test
    void onlyTheOperatorSuspendsProvidersOrReviewsLicences() {
        String providerId = (String) api.get("/api/providers/me", provider).map().get("id");
        for (String email : List.of(Api.HR_ADMIN, Api.MEMBER, THERAPIST)) {
            String token = api.accessToken(email);
            assertEquals(403, api.get("/api/providers/licences", token).status(), email);
            assertEquals(403, api.post("/api/providers/" + providerId + "/suspend", Map.of(), token).status(), email);
        }
        assertEquals("SUSPENDED", api.post("/api/providers/" + providerId + "/suspend", Map.of(), operator).map().get("status"));
        assertEquals("ACTIVE", api.post("/api/providers/" + providerId + "/reactivate", Map.of(), operator).map().get("status"));
    }

    private Reply addLicence(String state, LocalDate issuedOn, LocalDate expiresOn) {
        return api.post("/api/providers/me/licences", Map.of("state", state, "licenceType", "Psychologist",
                "number", "T-" + UUID.randomUUID().toString().substring(0, 8), "issuedOn", issuedOn.toString(),
                "expiresOn", expiresOn.toString()), provider);
    }

    private List<?> licensedStates() {
        return (List<?>) api.get("/api/providers", operator).list().stream()
                .filter(row -> row.get("displayName").toString().startsWith("Sofía Navarro")).findFirst().orElseThrow()
                .get("licensedStates");
    }

    private List<Object> pendingIds() {
        return api.get("/api/providers/licences?status=PENDING", operator).list().stream().map(row -> row.get("id")).toList();
    }
}
