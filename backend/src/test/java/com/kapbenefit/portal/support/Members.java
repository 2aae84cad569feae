package com.kapbenefit.portal.support;

import io.micronaut.http.HttpRequest;

import java.util.Collections;
import java.util.List;
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

    /** A member who consented to everything and answered all four questionnaires while located in {@code state}. */
    public static Member screened(Api api, String state, boolean selfHarmAnswer, boolean revokeRelease) {
        return screened(api, state, selfHarmAnswer, revokeRelease, List.of("CA", "NY"));
    }

    public static Member screened(Api api, String state, boolean selfHarmAnswer, boolean revokeRelease, List<String> programmeStates) {
        Member member = enrol(api, programmeStates);
        screen(api, member, state, selfHarmAnswer, revokeRelease);
        return member;
    }

    /** Consents and the four baseline questionnaires, answered from {@code state}. */
    public static void screen(Api api, Member member, String state, boolean selfHarmAnswer, boolean revokeRelease) {
        String token = member.accessToken();
        api.put("/api/enrolment/me/location", Map.of("state", state), token);
        for (Map<String, Object> consent : api.get("/api/consents", token).list()) {
            api.post("/api/consents/" + consent.get("kind") + "/accept", Map.of("version", consent.get("version")), token);
        }
        api.post("/api/screening/responses", Map.of("instrument", "PHQ9", "answers", List.of(1, 1, 1, 1, 1, 1, 1, 1, selfHarmAnswer ? 1 : 0)), token);
        api.post("/api/screening/responses", Map.of("instrument", "GAD7", "answers", Collections.nCopies(7, 1)), token);
        api.post("/api/screening/responses", Map.of("instrument", "PCL5", "answers", Collections.nCopies(20, 1)), token);
        if (revokeRelease) {
            api.post("/api/screening/responses", Map.of("instrument", "CONTRAINDICATIONS", "answers", Collections.nCopies(7, 0)), token);
            api.post("/api/consents/RELEASE_OF_INFORMATION/revoke", Map.of(), token);
        } else {
            api.post("/api/screening/responses", Map.of("instrument", "CONTRAINDICATIONS", "answers", List.of(0, 0, 1, 0, 0, 0, 0)), token);
        }
    }

    /**
     * A member screened in {@code state} (of a programme covering all four care states) whom a prescriber has
     * just cleared for care at home with a sitter; their language wish is set before the clearance routes them.
     */
    public static Member cleared(Api api, String state, String language, boolean languageRequired, boolean revokeRelease) {
        Member member = screened(api, state, false, revokeRelease, List.of("CA", "NY", "UT", "VT"));
        Map<String, Object> preference = new java.util.HashMap<>();
        preference.put("language", language);
        preference.put("languageRequired", languageRequired);
        api.put("/api/referrals/me/preference", preference, member.accessToken());
        String prescriber = api.accessToken(Api.PRESCRIBER);
        String caseId = (String) api.get("/api/clearance/queue", prescriber).list().stream()
                .filter(row -> row.get("pseudonym").equals(pseudonymOf(api, member)))
                .findFirst().orElseThrow().get("id");
        api.post("/api/clearance/cases/" + caseId + "/accept", Map.of(), prescriber);
        Api.Reply decided = api.post("/api/clearance/cases/" + caseId + "/decision",
                Map.of("outcome", "CLEARED", "setting", "HOME_WITH_SITTER"), prescriber);
        if (decided.status() != 200) {
            throw new IllegalStateException(decided.body());
        }
        return member;
    }

    /** A fresh token, for after the test clock moved past the old one's life. */
    public static String signIn(Api api, Member member) {
        return (String) api.send(HttpRequest.POST("/api/identity/tokens", Map.of("email", member.email(), "password", PASSWORD)))
                .map().get("accessToken");
    }

    public static String accountId(Api api, Member member) {
        return (String) api.get("/api/identity/me", member.accessToken()).map().get("id");
    }

    private static String pseudonymOf(Api api, Member member) {
        return (String) api.get("/api/journey/me", member.accessToken()).map().get("pseudonym");
    }

    public static Member enrol(Api api) {
        return enrol(api, List.of("CA", "NY"));
    }

    public static Member enrol(Api api, List<String> programmeStates) {
        String hr = api.accessToken(Api.HR_ADMIN);
        String programme = ProgrammeFixtures.activeProgramme(api, hr, "Members " + UUID.randomUUID(), 20, programmeStates);
        String code = (String) api.get("/api/sponsorship/programmes/" + programme, hr).map().get("enrolmentCode");
        String workEmail = "worker-" + UUID.randomUUID() + "@sierrasoap.example";
        api.postCsv("/api/sponsorship/programmes/" + programme + "/eligibility?mode=REPLACE", "email\n" + workEmail + "\n", hr);
        return enrolWith(api, code, workEmail);
    }

    /** Enrols the employee on the list of the programme with this enrolment code. */
    public static Member enrolWith(Api api, String code, String workEmail) {
        String email = "member-" + UUID.randomUUID() + "@mail.example";
        Api.Reply enrolled = tryEnrol(api, code, workEmail, email);
        if (enrolled.status() != 201) {
            throw new IllegalStateException(enrolled.body());
        }
        Api.Reply tokens = api.send(HttpRequest.POST("/api/identity/tokens", Map.of("email", email, "password", PASSWORD)));
        return new Member(email, (String) tokens.map().get("accessToken"));
    }

    /** One enrolment request, whatever it answers, from a varying client address so the eligibility throttle stays out of the way. */
    public static Api.Reply tryEnrol(Api api, String code, String workEmail, String email) {
        return api.send(HttpRequest.POST("/api/enrolment/enrolments", Map.of(
                "enrolmentCode", code, "workIdentifier", workEmail, "email", email, "password", PASSWORD,
                "legalName", "Test Member", "birthDate", "1990-01-01", "state", "CA",
                "pseudonym", "Member " + UUID.randomUUID().toString().substring(0, 8)))
                .header("X-Forwarded-For", "198.51.100." + (1 + (int) (Math.random() * 250))));
    }
}
