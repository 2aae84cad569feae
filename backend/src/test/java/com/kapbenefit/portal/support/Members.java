package com.kapbenefit.portal.support;

import io.micronaut.http.HttpRequest;

import java.util.Map;
import java.util.UUID;

/** Enrols a brand-new member the way an employee would, and signs them in. */
public final class Members {

    public static final String PASSWORD = "a member's own passphrase";

    private Members() {
    }

    public record Member(String email, String accessToken) {
    }

    public static String enrolFresh(Api api) {
        return enrol(api).accessToken();
    }

    public static Member enrol(Api api) {
        String hr = api.accessToken(Api.HR_ADMIN);
        String programme = ProgrammeFixtures.activeProgramme(api, hr, "Members " + UUID.randomUUID(), 20);
        String code = (String) api.get("/api/sponsorship/programmes/" + programme, hr).map().get("enrolmentCode");
        String workEmail = "worker-" + UUID.randomUUID() + "@sierrasoap.example";
        api.postCsv("/api/sponsorship/programmes/" + programme + "/eligibility?mode=REPLACE", "email\n" + workEmail + "\n", hr);
        String email = "member-" + UUID.randomUUID() + "@mail.example";
        Api.Reply enrolled = api.send(HttpRequest.POST("/api/enrolment/enrolments", Map.of(
                "enrolmentCode", code, "workIdentifier", workEmail, "email", email, "password", PASSWORD,
                "legalName", "Test Member", "birthDate", "1990-01-01", "state", "CA"))
                .header("X-Forwarded-For", "198.51.100." + (int) (Math.random() * 250)));
        if (enrolled.status() != 201) {
            throw new IllegalStateException(enrolled.body());
        }
        Api.Reply tokens = api.send(HttpRequest.POST("/api/identity/tokens", Map.of("email", email, "password", PASSWORD)));
        return new Member(email, (String) tokens.map().get("accessToken"));
    }
}
