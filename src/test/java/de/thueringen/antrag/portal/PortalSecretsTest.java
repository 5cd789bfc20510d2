package de.thueringen.antrag.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Sealed receipts and the rate limiter's paths: the portal's small security pieces (CSRF: security.WebSecurity). */
class PortalSecretsTest {

    @Test
    void sealedReceiptOpensOnlyWithItsIdempotencyKey() {
        String key = SecretTokens.newToken();
        String trackingToken = SecretTokens.newToken();
        String sealed = ReceiptSeal.seal(key, trackingToken);
        assertThat(sealed).doesNotContain(trackingToken);
        assertThat(ReceiptSeal.open(key, sealed)).isEqualTo(trackingToken);
        assertThatThrownBy(() -> ReceiptSeal.open(SecretTokens.newToken(), sealed)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void tokenLookupsAreTheLimitedPaths() {
        assertThat(CitizenRateLimitFilter.isTokenLookup("/portal/vorgang/abc")).isTrue();
        assertThat(CitizenRateLimitFilter.isTokenLookup("/api/v1/tracking/abc")).isTrue();
        assertThat(CitizenRateLimitFilter.isTokenLookup("/portal/suche")).isFalse();
    }
}
