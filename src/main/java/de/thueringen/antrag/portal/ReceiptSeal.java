package de.thueringen.antrag.portal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keeps the tracking token of a submission so that a repeated submit (double click, retried request) can show the
 * same receipt, without storing the token readable: it is encrypted (AES-GCM) under a key derived from the
 * submission's idempotency key, which only the citizen's browser holds. The database keeps the hash of the
 * idempotency key and the sealed token; a copy of it opens no case.
 */
final class ReceiptSeal {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int IV_BYTES = 12;

    private ReceiptSeal() {
    }

    static String seal(String idempotencyKey, String trackingToken) {
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(idempotencyKey), new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(trackingToken.getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    static String open(String idempotencyKey, String sealed) {
        try {
            byte[] bytes = Base64.getDecoder().decode(sealed);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(idempotencyKey), new GCMParameterSpec(128, bytes, 0, IV_BYTES));
            return new String(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES), StandardCharsets.US_ASCII);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("Sealed receipt does not open with this key", e);
        }
    }

    private static SecretKeySpec key(String idempotencyKey) throws GeneralSecurityException {
        byte[] digest = MessageDigest.getInstance("SHA-256")
                .digest(("antrag-receipt:" + idempotencyKey).getBytes(StandardCharsets.US_ASCII));
        return new SecretKeySpec(digest, "AES");
    }
}
