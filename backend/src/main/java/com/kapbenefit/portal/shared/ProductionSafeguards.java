package com.kapbenefit.portal.shared;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.env.Environment;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Refuses to start when a secret is too short anywhere, or when production would run with a
 * development default, demo accounts, cookies that travel over plain HTTP or a test-only password
 * hash cost.
 */
@Context
final class ProductionSafeguards {

    static final String PRODUCTION_ENVIRONMENT = "prod";
    private static final int MINIMUM_SECRET_BYTES = 32;
    private static final int OWASP_ARGON2ID_MEMORY_KIB = 19 * 1024;
    private static final int OWASP_ARGON2ID_ITERATIONS = 2;

    ProductionSafeguards(Environment environment,
                         @Value("${micronaut.security.token.jwt.signatures.secret.generator.secret}") String jwtSecret,
                         @Value("${kap.security.lookup-key}") String lookupKey,
                         @Value("${kap.security.development-secret-marker}") String developmentMarker,
                         @Value("${kap.vault.key}") String vaultKey,
                         @Value("${kap.demo.enabled:false}") boolean demoEnabled,
                         @Value("${kap.security.secure-cookies:false}") boolean secureCookies,
                         @Value("${kap.security.password-hash.memory-kib}") int hashMemoryKib,
                         @Value("${kap.security.password-hash.iterations}") int hashIterations) {
        List<String> problems = new ArrayList<>();
        checkLength("KAP_JWT_SECRET", jwtSecret, problems);
        checkLength("KAP_LOOKUP_KEY", lookupKey, problems);
        if (environment.getActiveNames().contains(PRODUCTION_ENVIRONMENT)) {
            if (jwtSecret.contains(developmentMarker)) {
                problems.add("KAP_JWT_SECRET is the development default");
            }
            if (lookupKey.contains(developmentMarker)) {
                problems.add("KAP_LOOKUP_KEY is the development default");
            }
            if (decodesToDevelopmentKey(vaultKey)) {
                problems.add("KAP_VAULT_KEY is the development default");
            }
            if (demoEnabled) {
                problems.add("demo data must not be seeded in production (unset KAP_DEMO)");
            }
            if (!secureCookies) {
                problems.add("session cookies must be Secure in production (KAP_SECURE_COOKIES=true)");
            }
            if (hashMemoryKib < OWASP_ARGON2ID_MEMORY_KIB || hashIterations < OWASP_ARGON2ID_ITERATIONS) {
                problems.add("the password hash cost is below OWASP's minimum for Argon2id (19456 KiB, 2 passes)");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Refusing to start: " + String.join("; ", problems));
        }
    }

    private static boolean decodesToDevelopmentKey(String base64) {
        try {
            return new String(java.util.Base64.getDecoder().decode(base64), StandardCharsets.UTF_8).startsWith("development-only");
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }

    private static void checkLength(String name, String secret, List<String> problems) {
        if (secret == null || secret.getBytes(StandardCharsets.UTF_8).length < MINIMUM_SECRET_BYTES) {
            problems.add(name + " must be at least 256 bits (32 bytes)");
        }
    }
}
