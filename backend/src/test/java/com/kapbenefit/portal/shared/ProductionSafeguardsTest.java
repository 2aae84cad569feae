package com.kapbenefit.portal.shared;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.exceptions.BeanInstantiationException;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProductionSafeguardsTest {

    private static final String STRONG_JWT = "k8Jq2v9Xz4Lm7Np1Rs5Tu0Wy3Ab6Cd9Ef2Gh5Ij8Kl1Mn4Op7Qr0";
    private static final String STRONG_LOOKUP = "Zx9Yw8Vu7Ts6Rq5Po4Nm3Lk2Ji1Hg0Fe9Dc8Ba7Zy6Xw5Vu4Ts3";

    @Test
    void productionRefusesTheDevelopmentDefaults() {
        String message = startFailure(Map.of("kap.demo.enabled", false), "prod");
        assertTrue(message.contains("KAP_JWT_SECRET is the development default"), message);
        assertTrue(message.contains("KAP_LOOKUP_KEY is the development default"), message);
        assertTrue(message.contains("KAP_VAULT_KEY is the development default"), message);
    }

    @Test
    void productionRefusesDemoDataAndInsecureCookies() {
        String message = startFailure(Map.of(
                "micronaut.security.token.jwt.signatures.secret.generator.secret", STRONG_JWT,
                "kap.security.lookup-key", STRONG_LOOKUP,
                "kap.demo.enabled", true,
                "kap.security.secure-cookies", false), "prod");
        assertTrue(message.contains("demo data"), message);
        assertTrue(message.contains("Secure"), message);
    }

    @Test
    void productionRefusesAPasswordHashCostBelowOwasp() {
        String message = startFailure(Map.of(
                "kap.security.password-hash.memory-kib", 64,
                "kap.security.password-hash.iterations", 1), "prod");
        assertTrue(message.contains("password hash cost is below OWASP's minimum"), message);
    }

    @Test
    void aSecretShorterThan256BitsIsRefusedEverywhere() {
        String message = startFailure(Map.of("micronaut.security.token.jwt.signatures.secret.generator.secret", "short-secret"), "dev");
        assertTrue(message.contains("KAP_JWT_SECRET must be at least 256 bits"), message);
    }

    @Test
    void productionStartsWithStrongSecretsFromTheEnvironment() {
        Map<String, Object> properties = isolatedDatabase();
        properties.put("micronaut.security.token.jwt.signatures.secret.generator.secret", STRONG_JWT);
        properties.put("kap.security.lookup-key", STRONG_LOOKUP);
        properties.put("kap.vault.key", "q3Jt6vXy9zA2bC5dE8fG1hJ4kL7mN0pQ3rS6tU9vW2s=");
        properties.put("kap.security.password-hash.memory-kib", 19 * 1024);
        properties.put("kap.security.password-hash.iterations", 2);
        assertDoesNotThrow(() -> ApplicationContext.run(properties, "prod").close());
    }

    private static String startFailure(Map<String, Object> overrides, String environment) {
        Map<String, Object> properties = isolatedDatabase();
        properties.putAll(overrides);
        BeanInstantiationException failure = assertThrows(BeanInstantiationException.class,
                () -> ApplicationContext.run(properties, environment).close());
        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }

    private static Map<String, Object> isolatedDatabase() {
        Map<String, Object> properties = new HashMap<>();
        properties.put("datasources.default.url", "jdbc:h2:mem:safeguards;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;NON_KEYWORDS=VALUE");
        properties.put("datasources.default.username", "sa");
        properties.put("datasources.default.password", "");
        properties.put("flyway.datasources.default.clean-schema", false);
        return properties;
    }
}
