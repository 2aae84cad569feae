package com.kapbenefit.portal.support;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Programme requests as an HR admin's form would send them. */
public final class ProgrammeFixtures {

    private ProgrammeFixtures() {
    }

    public static Map<String, Object> request(String name, int seats) {
        Map<String, Object> request = new HashMap<>();
        request.put("name", name);
        request.put("startsOn", LocalDate.now().minusDays(1).toString());
        request.put("endsOn", LocalDate.now().plusYears(1).toString());
        request.put("seats", seats);
        request.put("packageHours", 18);
        request.put("pricePerSeatUsd", "3150.00");
        request.put("coveredServices", List.of("PREPARATION", "MEDICINE_SESSION_SUPPORT", "INTEGRATION"));
        request.put("states", List.of("CA", "NY"));
        return request;
    }

    /** Creates and activates a programme, returning its id. */
    public static String activeProgramme(Api api, String hrToken, String name, int seats) {
        return activeProgramme(api, hrToken, name, seats, List.of("CA", "NY"));
    }

    public static String activeProgramme(Api api, String hrToken, String name, int seats, List<String> states) {
        Map<String, Object> request = request(name, seats);
        request.put("states", states);
        Api.Reply created = api.post("/api/sponsorship/programmes", request, hrToken);
        if (created.status() != 201) {
            throw new IllegalStateException(created.body());
        }
        String id = (String) created.map().get("id");
        Api.Reply activated = api.post("/api/sponsorship/programmes/" + id + "/activate", Map.of(), hrToken);
        if (activated.status() != 200) {
            throw new IllegalStateException(activated.body());
        }
        return id;
    }
}
