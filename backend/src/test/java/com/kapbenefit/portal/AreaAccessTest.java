package com.kapbenefit.portal;

import com.kapbenefit.portal.support.Api;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each role reaches its own area and is refused the others'; anonymous callers are refused all. */
@MicronautTest(transactional = false)
class AreaAccessTest {

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

    @ParameterizedTest(name = "{0} as {1} -> {2}")
    @CsvSource({
            "/api/employers,         admin@kap.example,         200",
            "/api/employers,         hr@sierrasoap.example,     403",
            "/api/employers,         member@kap.example,        403",
            "/api/employers,         therapist.ca@kap.example,  403",
            "/api/providers,         admin@kap.example,         200",
            "/api/providers,         hr@sierrasoap.example,     403",
            "/api/providers,         member@kap.example,        403",
            "/api/providers,         therapist.ca@kap.example,  403",
            "/api/employers/current, admin@kap.example,         403",
            "/api/employers/current, hr@sierrasoap.example,     200",
            "/api/employers/current, member@kap.example,        403",
            "/api/employers/current, therapist.ca@kap.example,  403",
            "/api/journey/me,        admin@kap.example,         403",
            "/api/journey/me,        hr@sierrasoap.example,     403",
            "/api/journey/me,        member@kap.example,        200",
            "/api/journey/me,        therapist.ca@kap.example,  403",
            "/api/providers/me,      admin@kap.example,         403",
            "/api/providers/me,      hr@sierrasoap.example,     403",
            "/api/providers/me,      member@kap.example,        403",
            "/api/providers/me,      therapist.ca@kap.example,  200"})
    void eachRoleReachesOnlyItsOwnArea(String path, String email, int expectedStatus) {
        Api.Reply reply = api.get(path, api.accessToken(email));
        assertEquals(expectedStatus, reply.status(), reply.body());
        if (expectedStatus != 200) {
            assertEquals("application/problem+json", reply.contentType());
        }
    }

    @Test
    void anonymousCallersAreRefusedEveryArea() {
        for (String path : List.of("/api/employers", "/api/providers", "/api/employers/current",
                "/api/journey/me", "/api/providers/me", "/api/identity/me")) {
            assertEquals(401, api.get(path, null).status(), path);
        }
    }

    @Test
    void anHrAdminSeesOnlyTheirOwnEmployer() {
        Map<String, Object> sierra = api.get("/api/employers/current", api.accessToken(Api.HR_ADMIN)).map();
        Map<String, Object> desert = api.get("/api/employers/current", api.accessToken(Api.OTHER_HR_ADMIN)).map();
        assertEquals("Sierra Soap Works", sierra.get("displayName"));
        assertEquals("Desert Bloom Bakery", desert.get("displayName"));
    }

    @Test
    void theMemberSeesTheirPseudonymousJourneyWithConsentAsTheNextStep() {
        Map<String, Object> journey = api.get("/api/journey/me", api.accessToken(Api.MEMBER)).map();
        assertEquals("Quiet Heron", journey.get("pseudonym"));
        assertEquals("Sierra Soap Works", journey.get("sponsorDisplayName"));
        List<?> steps = (List<?>) journey.get("steps");
        assertEquals(8, steps.size());
        assertEquals(Map.of("key", "consent", "status", "CURRENT"), steps.get(2));
        assertEquals(Map.of("key", "enrolment", "status", "DONE"), steps.get(1));
        assertEquals(Map.of("key", "follow-up", "status", "UPCOMING"), steps.get(7));
    }

    @Test
    void theOperatorSeesTheNetworkWithOnlyVerifiedLicencesCounted() {
        List<Map<String, Object>> providers = api.get("/api/providers", api.accessToken(Api.PLATFORM_ADMIN)).list();
        Map<String, Object> marcus = providers.stream().filter(p -> p.get("displayName").toString().startsWith("Marcus Bell")).findFirst().orElseThrow();
        assertEquals(List.of("NY"), marcus.get("licensedStates"), "the unverified VT licence does not count");
        assertTrue(providers.stream().anyMatch(p -> ((List<?>) p.get("languages")).contains("es")));
        List<Map<String, Object>> employers = api.get("/api/employers", api.accessToken(Api.PLATFORM_ADMIN)).list();
        assertTrue(employers.stream().allMatch(e -> ((Number) e.get("hrAdminCount")).intValue() >= 1));
    }

    @Test
    void aProviderSeesTheirLicencesWithVerificationStatus() {
        Map<String, Object> profile = api.get("/api/providers/me", api.accessToken("therapist.ny@kap.example")).map();
        List<?> licences = (List<?>) profile.get("licences");
        assertEquals(2, licences.size());
        assertEquals(true, ((Map<?, ?>) licences.get(0)).get("verified"));
        assertEquals(false, ((Map<?, ?>) licences.get(1)).get("verified"));
        assertFalse(profile.containsKey("accountId"));
    }
}
