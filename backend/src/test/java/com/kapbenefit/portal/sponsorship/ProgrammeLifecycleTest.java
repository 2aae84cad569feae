package com.kapbenefit.portal.sponsorship;

import com.kapbenefit.portal.support.Api;
import com.kapbenefit.portal.support.Api.Reply;
import com.kapbenefit.portal.support.ProgrammeFixtures;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class ProgrammeLifecycleTest {

    private static final String PROGRAMMES = "/api/sponsorship/programmes";

    @Inject
    @Client("/")
    HttpClient httpClient;
    @Inject
    JsonMapper json;

    Api api;
    String hr;

    @BeforeEach
    void setUp() {
        api = new Api(httpClient, json);
        hr = api.accessToken(Api.HR_ADMIN);
    }

    @Test
    void aNewProgrammeIsADraftWithTheDefaultKapPackage() {
        Reply created = api.post(PROGRAMMES, ProgrammeFixtures.request("Spring pilot", 40), hr);

        assertEquals(201, created.status(), created.body());
        Map<String, Object> programme = created.map();
        assertTrue(created.header("Location").orElseThrow().endsWith((String) programme.get("id")));
        assertEquals("DRAFT", programme.get("status"));
        assertEquals(18, programme.get("packageHours"));
        assertEquals(3150.0, ((Number) programme.get("pricePerSeatUsd")).doubleValue());
        assertNull(programme.get("enrolmentCode"));
        Map<?, ?> usage = (Map<?, ?>) programme.get("seatUsage");
        assertEquals(40, usage.get("purchased"));
        assertEquals(null, usage.get("asOf"), "usage appears only with the first published month");
        assertEquals(true, ((Map<?, ?>) usage.get("inUse")).get("suppressed"));
    }

    @Test
    void everyRuleIsCheckedWithAMessageOnTheField() {
        Map<String, Object> request = ProgrammeFixtures.request("Backwards", 10);
        request.put("endsOn", LocalDate.now().minusYears(1).toString());
        assertEquals(List.of("endsOn"), fields(api.post(PROGRAMMES, request, hr)));

        request = ProgrammeFixtures.request("No seats", 0);
        request.put("pricePerSeatUsd", "-1");
        request.put("states", List.of());
        request.put("name", " ");
        assertEquals(List.of("name", "pricePerSeatUsd", "seats", "states"), fields(api.post(PROGRAMMES, request, hr)));

        request = ProgrammeFixtures.request("Texas", 10);
        request.put("states", List.of("CA", "TX"));
        Reply unlicensed = api.post(PROGRAMMES, request, hr);
        assertEquals(400, unlicensed.status());
        assertEquals("application/problem+json", unlicensed.contentType());
    }

    @Test
    void activationIssuesAnEnrolmentCodeThatCanBeRotated() {
        String id = ProgrammeFixtures.activeProgramme(api, hr, "Code test", 25);
        Map<String, Object> active = api.get(PROGRAMMES + "/" + id, hr).map();
        String code = (String) active.get("enrolmentCode");
        assertTrue(code.matches("[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{2}"), code);

        Map<String, Object> rotated = api.post(PROGRAMMES + "/" + id + "/enrolment-code", Map.of(), hr).map();
        assertNotEquals(code, rotated.get("enrolmentCode"));
        assertEquals(409, api.post(PROGRAMMES + "/" + id + "/activate", Map.of(), hr).status());
    }

    @Test
    void anActiveProgrammeCanGrowButNotShrinkOrChangeItsTerms() {
        String id = ProgrammeFixtures.activeProgramme(api, hr, "Growing", 20);
        Map<String, Object> request = editable(id);

        request.put("seats", 19);
        assertEquals(List.of("seats"), fields(api.put(PROGRAMMES + "/" + id, request, hr)));

        request = editable(id);
        request.put("states", List.of("CA"));
        assertEquals(List.of("states"), fields(api.put(PROGRAMMES + "/" + id, request, hr)));

        request = editable(id);
        request.put("pricePerSeatUsd", "2000.00");
        assertEquals(409, api.put(PROGRAMMES + "/" + id, request, hr).status());

        request = editable(id);
        request.put("seats", 35);
        request.put("states", List.of("CA", "NY", "VT"));
        request.put("name", "Growing (extended)");
        Reply grown = api.put(PROGRAMMES + "/" + id, request, hr);
        assertEquals(200, grown.status(), grown.body());
        assertEquals(35, grown.map().get("seats"));
        assertEquals(List.of("CA", "NY", "VT"), grown.map().get("states"));

        List<Map<String, Object>> history = api.get(PROGRAMMES + "/" + id + "/history", hr).list();
        assertEquals("Dana Whitfield", history.get(0).get("changedBy"));
        assertTrue(history.get(0).get("change").toString().contains("added 15 seats"), history.get(0).toString());
        assertTrue(history.stream().anyMatch(change -> change.get("change").toString().startsWith("Activated")));
    }

    @Test
    void aStaleEditIsRefusedInsteadOfOverwritingANewerOne() {
        Reply created = api.post(PROGRAMMES, ProgrammeFixtures.request("Two editors", 10), hr);
        String id = (String) created.map().get("id");
        Map<String, Object> first = editable(id);
        Map<String, Object> second = editable(id);

        first.put("name", "Edited first");
        assertEquals(200, api.put(PROGRAMMES + "/" + id, first, hr).status());
        second.put("name", "Edited second");
        Reply stale = api.put(PROGRAMMES + "/" + id, second, hr);
        assertEquals(409, stale.status());
        assertEquals("Edited first", api.get(PROGRAMMES + "/" + id, hr).map().get("name"));
    }

    @Test
    void aClosedProgrammeIsFrozen() {
        String id = ProgrammeFixtures.activeProgramme(api, hr, "Ending", 15);
        Reply closed = api.post(PROGRAMMES + "/" + id + "/close", Map.of(), hr);
        assertEquals("CLOSED", closed.map().get("status"));
        assertNull(closed.map().get("enrolmentCode"));
        assertEquals(409, api.put(PROGRAMMES + "/" + id, editable(id), hr).status());
        assertEquals(409, api.post(PROGRAMMES + "/" + id + "/enrolment-code", Map.of(), hr).status());
        assertEquals(409, api.postCsv(PROGRAMMES + "/" + id + "/eligibility?mode=APPEND", "email\na@b.org\n", hr).status());
    }

    private Map<String, Object> editable(String id) {
        Map<String, Object> current = api.get(PROGRAMMES + "/" + id, hr).map();
        Map<String, Object> request = ProgrammeFixtures.request((String) current.get("name"), (Integer) current.get("seats"));
        request.put("startsOn", current.get("startsOn"));
        request.put("endsOn", current.get("endsOn"));
        request.put("states", current.get("states"));
        request.put("version", current.get("version"));
        return request;
    }

    private static List<String> fields(Reply reply) {
        assertEquals(400, reply.status(), reply.body());
        return ((List<?>) reply.map().get("errors")).stream().map(e -> (String) ((Map<?, ?>) e).get("field")).distinct().sorted().toList();
    }
}
