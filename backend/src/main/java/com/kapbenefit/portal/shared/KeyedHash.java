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

    /** Initialised once; each hash works on a clone, which is far cheaper than a new Mac per call. */
    private final Mac prototype;

    KeyedHash(@Value("${kap.security.lookup-key}") String key) {
        try {
            prototype = Mac.getInstance("HmacSHA256");
            prototype.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** Trims, collapses inner whitespace and lower-cases before hashing, so "A@x.org " matches "a@x.org". */
    public String ofIdentifier(String identifier) {
        String normalised = identifier.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        try {
            Mac mac = (Mac) prototype.clone();
            return HexFormat.of().formatHex(mac.doFinal(normalised.getBytes(StandardCharsets.UTF_8)));
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("The JDK's HmacSHA256 can be cloned", e);
        }
    }
}
