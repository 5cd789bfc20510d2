package de.thueringen.antrag.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.impl.digest.PasswordEncryptor;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;

/**
 * Camunda's password hashing, with PBKDF2-HMAC-SHA256 from spring-security-crypto instead of one round of SHA-512
 * (which a graphics card tries billions of times a second). The stored hash carries its iteration count
 * ({@code {PBKDF2-SHA256}310000$<hex of salt and hash>}), so raising the work factor later leaves every existing
 * hash verifiable; a password set after the change gets the new count.
 */
final class Pbkdf2PasswordEncryptor implements PasswordEncryptor {

    static final String NAME = "PBKDF2-SHA256";
    private static final int SALT_BYTES = 16;

    private final int iterations;
    private final Map<Integer, Pbkdf2PasswordEncoder> encoders = new ConcurrentHashMap<>();

    Pbkdf2PasswordEncryptor(int iterations) {
        if (iterations < 1) {
            throw new IllegalArgumentException("PBKDF2 needs at least one iteration, was " + iterations);
        }
        this.iterations = iterations;
    }

    @Override
    public String encrypt(String password) {
        return iterations + "$" + encoder(iterations).encode(password);
    }

    @Override
    public boolean check(String password, String encrypted) {
        int separator = encrypted == null ? -1 : encrypted.indexOf('$');
        if (separator <= 0) {
            return false;
        }
        int storedIterations;
        try {
            storedIterations = Integer.parseInt(encrypted.substring(0, separator));
        } catch (NumberFormatException e) {
            return false;
        }
        return storedIterations > 0 && encoder(storedIterations).matches(password, encrypted.substring(separator + 1));
    }

    @Override
    public String hashAlgorithmName() {
        return NAME;
    }

    private Pbkdf2PasswordEncoder encoder(int count) {
        return encoders.computeIfAbsent(count, c -> new Pbkdf2PasswordEncoder("", SALT_BYTES, c,
                Pbkdf2PasswordEncoder.SecretKeyFactoryAlgorithm.PBKDF2WithHmacSHA256));
    }
}
