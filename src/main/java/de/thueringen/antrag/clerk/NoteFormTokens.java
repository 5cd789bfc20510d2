package de.thueringen.antrag.clerk;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Protects the note form of the case file page against cross-site requests: the page carries a token bound to the
 * clerk and the case (HMAC-SHA256), which another site cannot know. The key is {@code antrag.clerk.form-secret}
 * (set it when several instances serve the same clerks without sticky sessions) or random per start.
 */
@Component
class NoteFormTokens {

    private final byte[] key;

    NoteFormTokens(@Value("${antrag.clerk.form-secret:}") String secret) {
        if (secret == null || secret.isBlank()) {
            key = new byte[32];
            new SecureRandom().nextBytes(key);
        } else {
            key = secret.getBytes(StandardCharsets.UTF_8);
        }
    }

    String tokenFor(String userId, String caseNumber) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] digest = mac.doFinal((userId + "\n" + caseNumber).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    boolean isValid(String token, String userId, String caseNumber) {
        return token != null && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
                tokenFor(userId, caseNumber).getBytes(StandardCharsets.UTF_8));
    }
}
