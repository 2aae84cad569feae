package com.kapbenefit.portal.identity;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void hashesWithArgon2idAtOwaspParametersAndVerifies() {
        String hash = hasher.hash("correct horse battery staple");
        assertTrue(hash.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), hash);
        assertTrue(hasher.verify("correct horse battery staple", hash));
        assertFalse(hasher.verify("correct horse battery stapler", hash));
        assertFalse(hasher.verify("", hash));
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTime() {
        assertNotEquals(hasher.hash("same password"), hasher.hash("same password"));
    }

    @Test
    void aHashInAnotherFormatNeverVerifies() {
        assertFalse(hasher.verify("x", "$2a$10$abcdefghijklmnopqrstuv"));
        assertFalse(hasher.verify("x", "$argon2i$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g"));
    }

    @Test
    void aKnownReferenceHashVerifies() {
        // Produced by the reference argon2 CLI: echo -n password | argon2 somesalt -id -m 16 -t 2 -p 1 -e (m=65536 KiB)
        String reference = "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc";
        assertTrue(hasher.verify("password", reference));
    }
}
