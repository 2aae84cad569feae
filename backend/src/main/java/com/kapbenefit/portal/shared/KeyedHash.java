package com.kapbenefit.portal.shared;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * HMAC-SHA-256 under a server-held key, for identifiers we must be able to look up but never
 * store (sign-in e-mails, eligibility identifiers). Without the key the hashes cannot be
 * reversed by guessing addresses.
 */
@Singleton
public class KeyedHash {

    private final SecretKeySpec key;

    KeyedHash(@Value("${kap.security.lookup-key}") String key) {
        this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** Trims, collapses inner whitespace and lower-cases before hashing, so "A@x.org " matches "a@x.org". */
    public String ofIdentifier(String identifier) {
        String normalised = identifier.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(normalised.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
