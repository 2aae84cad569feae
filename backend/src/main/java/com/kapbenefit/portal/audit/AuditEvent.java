package com.kapbenefit.portal.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

@MappedEntity("audit_event")
record AuditEvent(@Id @GeneratedValue Long id, Instant occurredAt, @Nullable String actorAccountId, @Nullable String actorRole,
                  String action, @Nullable String subjectRef, AuditTrail.Outcome outcome, @Nullable String detail,
                  @Nullable String requestId, String previousHash, String hash) {

    /**
     * SHA-256 over the previous hash and every field, each length-prefixed so no two rows can encode alike.
     * The request id joined later (V10): rows without one hash exactly as they did before it existed.
     */
    static String hashOf(String previousHash, Instant occurredAt, @Nullable String actor, @Nullable String role, String action,
                         @Nullable String subject, AuditTrail.Outcome outcome, @Nullable String detail, @Nullable String requestId) {
        StringBuilder canonical = new StringBuilder();
        for (String field : new String[] {previousHash, occurredAt.toString(), actor, role, action, subject, outcome.name(), detail}) {
            appendField(canonical, field);
        }
        if (requestId != null) {
            appendField(canonical, requestId);
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void appendField(StringBuilder canonical, @Nullable String field) {
        String value = field == null ? "" : field;
        canonical.append(field == null ? -1 : value.length()).append(':').append(value).append('|');
    }

    boolean intactAfter(String expectedPrevious) {
        return previousHash.equals(expectedPrevious)
                && hash.equals(hashOf(previousHash, occurredAt, actorAccountId, actorRole, action, subjectRef, outcome, detail, requestId));
    }
}
