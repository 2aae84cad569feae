package com.kapbenefit.portal.vault;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class VaultCipherTest {

    private final VaultCipher cipher = new VaultCipher("q3Jt6vXy9zA2bC5dE8fG1hJ4kL7mN0pQ3rS6tU9vW2s=", "k1");

    @Test
    void sealsAndOpensAValue() {
        byte[] sealed = cipher.encrypt("Jordan Rivera", "account-1", "legal_name");
        assertEquals("Jordan Rivera", cipher.decrypt(sealed, "k1", "account-1", "legal_name"));
        assertFalse(new String(sealed).contains("Jordan"));
        assertEquals(12 + "Jordan Rivera".length() + 16, sealed.length, "nonce + ciphertext + 128-bit tag");
    }

    @Test
    void everyValueGetsItsOwnNonce() {
        byte[] first = cipher.encrypt("same", "account-1", "phone");
        byte[] second = cipher.encrypt("same", "account-1", "phone");
        assertFalse(Arrays.equals(first, second));
        assertFalse(Arrays.equals(Arrays.copyOf(first, 12), Arrays.copyOf(second, 12)));
    }

    @Test
    void aTamperedOrMovedValueRefusesToOpen() {
        byte[] sealed = cipher.encrypt("Jordan Rivera", "account-1", "legal_name");
        byte[] tampered = sealed.clone();
        tampered[20] ^= 1;
        assertThrows(IllegalStateException.class, () -> cipher.decrypt(tampered, "k1", "account-1", "legal_name"));
        assertThrows(IllegalStateException.class, () -> cipher.decrypt(sealed, "k1", "account-2", "legal_name"));
        assertThrows(IllegalStateException.class, () -> cipher.decrypt(sealed, "k1", "account-1", "email"));
        assertThrows(IllegalStateException.class, () -> cipher.decrypt(sealed, "k0", "account-1", "legal_name"));
    }

    @Test
    void aKeyOfTheWrongLengthIsRefused() {
        assertThrows(IllegalStateException.class, () -> new VaultCipher("c2hvcnQ=", "k1"));
    }
}
