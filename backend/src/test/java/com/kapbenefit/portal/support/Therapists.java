package com.kapbenefit.portal.support;

import io.micronaut.http.HttpRequest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Psychotherapists made the way the network makes them (invited, profile, licence verified by the
 * operator), and a way to set every other psychotherapist aside for one test so that routing
 * chooses among known therapists only.
 */
public final class Therapists {

    public static final String PASSWORD = "a therapist's own passphrase";
    private static final List<String> WEEK = List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY");

    private final Api api;
    private final Database database;
    private final List<String> setAside = new ArrayList<>();
    private final List<String> created = new ArrayList<>();

    public Therapists(Api api, Database database) {
        this.api = api;
        this.database = database;
    }

    public record Therapist(String id, String email, String name, String token, String licenceId) {
    }

    /** Suspends (without re-routing anyone) every active psychotherapist until {@link #restore()}. */
    public Therapists isolate() {
        for (String id : database.column("SELECT id FROM provider_profile WHERE kind = 'PSYCHOTHERAPIST' AND status = 'ACTIVE'")) {
            setAside.add(id);
            database.update("UPDATE provider_profile SET status = 'SUSPENDED' WHERE id = ?", id);
        }
        return this;
    }

    public void restore() {
        created.forEach(id -> database.update("UPDATE provider_profile SET status = 'SUSPENDED' WHERE id = ?", id));
        setAside.forEach(id -> database.update("UPDATE provider_profile SET status = 'ACTIVE' WHERE id = ?", id));
        setAside.clear();
        created.clear();
    }

    /** Weekly hours covering every day, so any slot a test picks is offered. */
    public void openAllWeek(Therapist therapist) {
        Api.Reply saved = api.put("/api/availability/me/weekly", Map.of("windows", WEEK.stream()
                .map(day -> Map.of("dayOfWeek", day, "startsAt", "00:00", "endsAt", "23:59")).toList()), therapist.token());
        if (saved.status() != 200) {
            throw new IllegalStateException(saved.body());
        }
    }

    /** A cleared member in this state whose referral the therapist accepted, ready to book. */
    public Members.Member acceptedMember(Therapist therapist, String state) {
        Members.Member member = Members.cleared(api, state, null, false, false);
        String referralId = (String) api.get("/api/referrals/me", member.accessToken()).map().get("referralId");
        Api.Reply accepted = api.post("/api/referrals/" + referralId + "/accept", Map.of(), signIn(therapist));
        if (accepted.status() != 200) {
            throw new IllegalStateException(accepted.body());
        }
        return member;
    }

    /** A fresh token, for after the test clock moved past the old one's life. */
    public String signIn(Therapist therapist) {
        return (String) api.send(HttpRequest.POST("/api/identity/tokens", Map.of("email", therapist.email(), "password", PASSWORD)))
                .map().get("accessToken");
    }

    public Therapist create(String state, List<String> languages, int capacity, LocalDate nextAvailableOn) {
        return create(state, languages, capacity, nextAvailableOn, LocalDate.now().plusYears(2));
    }

    public Therapist create(String state, List<String> languages, int capacity, LocalDate nextAvailableOn, LocalDate licenceExpiresOn) {
        String operator = api.accessToken(Api.PLATFORM_ADMIN);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String email = "therapist-" + suffix + "@practice.example";
        String name = "Therapist " + suffix;
        Api.Reply invited = api.post("/api/providers/invitations",
                Map.of("email", email, "displayName", name, "kind", "PSYCHOTHERAPIST"), operator);
        String path = ((String) invited.map().get("acceptPath")).replace("/invitations/provider/", "/api/provider-invitations/");
        api.send(HttpRequest.POST(path + "/accept", Map.of("password", PASSWORD)));
        String token = (String) api.send(HttpRequest.POST("/api/identity/tokens", Map.of("email", email, "password", PASSWORD)))
                .map().get("accessToken");
        Map<String, Object> profile = new HashMap<>();
        profile.put("credentials", "LMFT");
        profile.put("languages", languages);
        profile.put("modalities", List.of("TELEHEALTH"));
        profile.put("capacity", capacity);
        profile.put("timeZone", "America/Denver");
        profile.put("nextAvailableOn", nextAvailableOn.toString());
        Api.Reply updated = api.put("/api/providers/me", profile, token);
        if (updated.status() != 200) {
            throw new IllegalStateException(updated.body());
        }
        String licenceId = (String) api.post("/api/providers/me/licences", Map.of("state", state, "licenceType", "LMFT",
                "number", "T-" + suffix, "issuedOn", LocalDate.now().minusYears(1).toString(),
                "expiresOn", licenceExpiresOn.toString()), token).map().get("id");
        api.post("/api/providers/licences/" + licenceId + "/verify", Map.of(), operator);
        String id = (String) updated.map().get("id");
        created.add(id);
        return new Therapist(id, email, name, token, licenceId);
    }
}
