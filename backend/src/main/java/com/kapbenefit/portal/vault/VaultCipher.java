package com.kapbenefit.portal.vault;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * AES-256-GCM with a fresh random 96-bit nonce per value. The associated data binds each
 * ciphertext to its account and field, so a value copied into another row or column fails to
 * decrypt instead of showing someone else's identity.
 */
@Singleton
class VaultCipher {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final String keyId;
    private final SecureRandom random = new SecureRandom();

    VaultCipher(@Value("${kap.vault.key}") String base64Key, @Value("${kap.vault.key-id}") String keyId) {
        byte[] raw = Base64.getDecoder().decode(base64Key);
        if (raw.length != 32) {
            throw new IllegalStateException("KAP_VAULT_KEY must be 32 bytes (256 bits), base64-encoded");
        }
        this.key = new SecretKeySpec(raw, "AES");
        this.keyId = keyId;
    }

    String keyId() {
        return keyId;
    }

    byte[] encrypt(String plaintext, String accountId, String field) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(accountId, field));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    String decrypt(byte[] stored, String storedKeyId, String accountId, String field) {
        if (!keyId.equals(storedKeyId)) {
            throw new IllegalStateException("Vault value sealed under key " + storedKeyId + ", which is not loaded");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 0, NONCE_BYTES));
            cipher.updateAAD(associatedData(accountId, field));
            return new String(cipher.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A vault value failed authentication", e);
        }
    }

    private static byte[] associatedData(String accountId, String field) {
        return (accountId + ":" + field).getBytes(StandardCharsets.UTF_8);
    }
}
