package de.thueringen.antrag.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import de.thueringen.antrag.payment.CallbackSignature.Verdict;

class CallbackSignatureTest {

    private static final byte[] SECRET = "unit-test-secret-0123456789abcdef".getBytes(StandardCharsets.UTF_8);
    private static final byte[] BODY = "{\"reference\":\"TH-ABCDEFGHJKLM\",\"amount\":100.00}".getBytes(StandardCharsets.UTF_8);
    private static final long T = 1_700_000_000L;
    private static final Instant NOW = Instant.ofEpochSecond(T + 10);
    private static final Duration MAX_AGE = Duration.ofMinutes(5);

    @Test
    void signsTimestampDotBodyWithHmacSha256AsLowercaseHex() {
        // computed independently: python3 hmac.new(secret, b"1700000000." + body, sha256).hexdigest()
        assertThat(CallbackSignature.sign(SECRET, T, BODY))
                .isEqualTo("t=1700000000,v1=d9d17e2faad8f3da13f1807470b2eb9167fe33ceb34aef5271efcaef62e8733f");
    }

    @Test
    void acceptsItsOwnFreshSignature() {
        assertThat(CallbackSignature.verify(SECRET, CallbackSignature.sign(SECRET, T, BODY), BODY, NOW, MAX_AGE))
                .isEqualTo(Verdict.VALID);
    }

    @Test
    void rejectsATamperedBody() {
        byte[] tampered = "{\"reference\":\"TH-ABCDEFGHJKLM\",\"amount\":1.00}".getBytes(StandardCharsets.UTF_8);
        assertThat(CallbackSignature.verify(SECRET, CallbackSignature.sign(SECRET, T, BODY), tampered, NOW, MAX_AGE))
                .isEqualTo(Verdict.BAD_SIGNATURE);
    }

    @Test
    void rejectsASignatureMadeWithAnotherSecret() {
        byte[] other = "another-secret-0123456789abcdefgh".getBytes(StandardCharsets.UTF_8);
        assertThat(CallbackSignature.verify(SECRET, CallbackSignature.sign(other, T, BODY), BODY, NOW, MAX_AGE))
                .isEqualTo(Verdict.BAD_SIGNATURE);
    }

    @Test
    void rejectsAMovedTimestampBecauseTheTimeIsSigned() {
        String genuine = CallbackSignature.sign(SECRET, T, BODY);
        String moved = genuine.replace("t=" + T, "t=" + (T + 300));
        assertThat(CallbackSignature.verify(SECRET, moved, BODY, NOW, MAX_AGE)).isEqualTo(Verdict.BAD_SIGNATURE);
    }

    @Test
    void rejectsGenuineSignaturesOlderOrNewerThanFiveMinutesAsReplays() {
        String signed = CallbackSignature.sign(SECRET, T, BODY);
        assertThat(CallbackSignature.verify(SECRET, signed, BODY, Instant.ofEpochSecond(T + 300), MAX_AGE)).isEqualTo(Verdict.VALID);
        assertThat(CallbackSignature.verify(SECRET, signed, BODY, Instant.ofEpochSecond(T + 301), MAX_AGE)).isEqualTo(Verdict.STALE);
        assertThat(CallbackSignature.verify(SECRET, signed, BODY, Instant.ofEpochSecond(T - 301), MAX_AGE)).isEqualTo(Verdict.STALE);
    }

    @Test
    void acceptsAnyOfSeveralSignaturesDuringSecretRotation() {
        String current = CallbackSignature.sign(SECRET, T, BODY);
        String header = "t=" + T + ",v1=" + "0".repeat(64) + "," + current.substring(current.indexOf("v1="));
        assertThat(CallbackSignature.verify(SECRET, header, BODY, NOW, MAX_AGE)).isEqualTo(Verdict.VALID);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "v1=abc", "t=1700000000", "t=abc,v1=00", "t=1700000000,v1=zz",
            "t=1700000000,v1=" + "g0000000000000000000000000000000000000000000000000000000000000000",
            "t=1,t=2,v1=0000000000000000000000000000000000000000000000000000000000000000", "garbage"})
    void rejectsMalformedHeaders(String header) {
        assertThat(CallbackSignature.verify(SECRET, header, BODY, NOW, MAX_AGE)).isEqualTo(Verdict.MALFORMED);
    }

    @Test
    void rejectsAMissingHeader() {
        assertThat(CallbackSignature.verify(SECRET, null, BODY, NOW, MAX_AGE)).isEqualTo(Verdict.MALFORMED);
    }
}
