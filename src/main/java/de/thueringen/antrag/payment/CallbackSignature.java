package de.thueringen.antrag.payment;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 signatures of server-to-server callbacks: {@code X-EPay-Signature: t=<epochSeconds>,v1=<hex>}, where
 * the MAC covers {@code "<t>." + body} — the whole raw body and the time, so neither can be changed or replayed
 * later without the shared secret. Several {@code v1} values are accepted (secret rotation); comparison is
 * constant-time.
 */
public final class CallbackSignature {

    public static final String HEADER = "X-EPay-Signature";
    private static final String ALGORITHM = "HmacSHA256";
    private static final HexFormat HEX = HexFormat.of();

    public enum Verdict {
        VALID,
        /** Header missing or not of the form t=…,v1=…. */
        MALFORMED,
        /** No v1 value matches: forged, tampered with or signed with another secret. */
        BAD_SIGNATURE,
        /** Genuine, but older (or further in the future) than allowed: a replay. */
        STALE
    }

    private CallbackSignature() {
    }

    public static String sign(byte[] secret, long epochSeconds, byte[] body) {
        return "t=" + epochSeconds + ",v1=" + HEX.formatHex(mac(secret, epochSeconds, body));
    }

    public static Verdict verify(byte[] secret, String header, byte[] body, Instant now, Duration maxAge) {
        if (header == null || header.length() > 1000) {
            return Verdict.MALFORMED;
        }
        Long timestamp = null;
        List<byte[]> candidates = new ArrayList<>();
        for (String part : header.split(",")) {
            String element = part.trim();
            int equals = element.indexOf('=');
            if (equals <= 0) {
                return Verdict.MALFORMED;
            }
            String key = element.substring(0, equals);
            String value = element.substring(equals + 1);
            try {
                if (key.equals("t")) {
                    if (timestamp != null || !value.matches("\\d{1,12}")) {
                        return Verdict.MALFORMED;
                    }
                    timestamp = Long.parseLong(value);
                } else if (key.equals("v1")) {
                    if (value.length() != 64) {
                        return Verdict.MALFORMED;
                    }
                    candidates.add(HEX.parseHex(value));
                }
            } catch (IllegalArgumentException e) {
                return Verdict.MALFORMED;
            }
        }
        if (timestamp == null || candidates.isEmpty()) {
            return Verdict.MALFORMED;
        }
        byte[] expected = mac(secret, timestamp, body);
        boolean matches = false;
        for (byte[] candidate : candidates) {
            matches |= MessageDigest.isEqual(expected, candidate);
        }
        if (!matches) {
            return Verdict.BAD_SIGNATURE;
        }
        long age = now.getEpochSecond() - timestamp;
        return Math.abs(age) > maxAge.toSeconds() ? Verdict.STALE : Verdict.VALID;
    }

    private static byte[] mac(byte[] secret, long epochSeconds, byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret, ALGORITHM));
            mac.update((epochSeconds + ".").getBytes(StandardCharsets.US_ASCII));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** HMAC-SHA256 of a text under a key; for deriving purpose-bound keys and tokens. */
    public static byte[] hmac(byte[] key, String text) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
