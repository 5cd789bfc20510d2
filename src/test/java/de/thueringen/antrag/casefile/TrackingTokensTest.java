package de.thueringen.antrag.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class TrackingTokensTest {

    @Test
    void newTokenIs43UrlSafeCharacters() {
        for (int i = 0; i < 100; i++) {
            String token = TrackingTokens.newToken();
            assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]{43}");
            assertThat(TrackingTokens.looksValid(token)).isTrue();
        }
    }

    @Test
    void tokensAreDistinct() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            tokens.add(TrackingTokens.newToken());
        }
        assertThat(tokens).hasSize(1000);
    }

    @Test
    void rejectsTokensThatCannotBeOurs() {
        String valid = "A".repeat(43);
        assertThat(TrackingTokens.looksValid(valid)).isTrue();
        assertThat(TrackingTokens.looksValid(null)).isFalse();
        assertThat(TrackingTokens.looksValid("")).isFalse();
        assertThat(TrackingTokens.looksValid("A".repeat(42))).isFalse();
        assertThat(TrackingTokens.looksValid("A".repeat(44))).isFalse();
        assertThat(TrackingTokens.looksValid("A".repeat(42) + "/")).isFalse();
        assertThat(TrackingTokens.looksValid("A".repeat(42) + "+")).isFalse();
        assertThat(TrackingTokens.looksValid("A".repeat(42) + "=")).isFalse();
        assertThat(TrackingTokens.looksValid("A".repeat(42) + "Ä")).isFalse();
        assertThat(TrackingTokens.looksValid(" " + "A".repeat(42))).isFalse();
        assertThat(TrackingTokens.looksValid("A".repeat(43) + "\n")).isFalse();
        assertThat(TrackingTokens.looksValid("' OR 1=1 --" + "A".repeat(32))).isFalse();
    }

    @Test
    void hashIsDeterministicSha256InHex() {
        String token = TrackingTokens.newToken();

        String hash = TrackingTokens.hash(token);

        assertThat(hash).hasSize(64).matches("[0-9a-f]{64}").isEqualTo(TrackingTokens.hash(token));
        assertThat(hash).isNotEqualTo(TrackingTokens.hash(TrackingTokens.newToken())).doesNotContain(token);
    }

    @Test
    void hashMatchesKnownSha256() {
        assertThat(TrackingTokens.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(TrackingTokens.sha256Hex("".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }
}
