package com.kapbenefit.portal.identity;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Argon2id, by default at OWASP's minimum parameters (19 MiB, 2 passes, 1 lane), stored in the PHC
 * string format so parameters can be raised later without invalidating existing hashes. The tests
 * configure a far lower cost to stay fast; production refuses to start with less than OWASP's.
 */
@Singleton
class PasswordHasher {

    private static final int PARALLELISM = 1;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final Base64.Encoder ENCODER = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getDecoder();

    private final SecureRandom random = new SecureRandom();
    private final HashingLane lane;
    private final int memoryKib;
    private final int iterations;

    /** A hash of a random password, verified against when the account is unknown so both cases cost the same. */
    private final String decoy;

    PasswordHasher(HashingLane lane,
                   @Value("${kap.security.password-hash.memory-kib}") int memoryKib,
                   @Value("${kap.security.password-hash.iterations}") int iterations) {
        this.lane = lane;
        this.memoryKib = memoryKib;
        this.iterations = iterations;
        this.decoy = hash("decoy-" + System.nanoTime());
    }

    String hash(String password) {
        return lane.run(() -> hashNow(password));
    }

    boolean verify(String password, String encoded) {
        return lane.run(() -> verifyNow(password, encoded));
    }

    private String hashNow(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = derive(password, salt, memoryKib, iterations, PARALLELISM, HASH_BYTES);
        return "$argon2id$v=19$m=" + memoryKib + ",t=" + iterations + ",p=" + PARALLELISM
                + "$" + ENCODER.encodeToString(salt) + "$" + ENCODER.encodeToString(hash);
    }

    private boolean verifyNow(String password, String encoded) {
        String[] parts = encoded.split("\\$");
        if (parts.length != 6 || !"argon2id".equals(parts[1]) || !"v=19".equals(parts[2])) {
            return false;
        }
        int memory = 0;
        int iterations = 0;
        int parallelism = 0;
        for (String parameter : parts[3].split(",")) {
            String[] pair = parameter.split("=");
            int value = Integer.parseInt(pair[1]);
            switch (pair[0]) {
                case "m" -> memory = value;
                case "t" -> iterations = value;
                case "p" -> parallelism = value;
                default -> {
                    return false;
                }
            }
        }
        byte[] salt = DECODER.decode(parts[4]);
        byte[] expected = DECODER.decode(parts[5]);
        byte[] actual = derive(password, salt, memory, iterations, parallelism, expected.length);
        return MessageDigest.isEqual(expected, actual);
    }

    void verifyDecoy(String password) {
        verify(password, decoy);
    }

    private static byte[] derive(String password, byte[] salt, int memory, int iterations, int parallelism, int length) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memory)
                .withIterations(iterations)
                .withParallelism(parallelism)
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] out = new byte[length];
        generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
        return out;
    }
}
