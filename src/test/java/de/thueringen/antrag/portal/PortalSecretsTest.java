package de.thueringen.antrag.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

/** CSRF tokens, sealed receipts and the rate limiter: the portal's small security pieces. */
class PortalSecretsTest {

    private final CsrfProtection csrf = new CsrfProtection(
            new PortalProperties(Duration.ofDays(30), "test-secret", 120, DataSize.ofMegabytes(40)), true);

    private MockHttpServletRequest post(Cookie cookie, String field) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/portal/antrag/10173");
        if (cookie != null) {
            request.setCookies(cookie);
        }
        if (field != null) {
            request.addParameter(CsrfProtection.FIELD, field);
        }
        return request;
    }

    private Cookie issuedCookie(MockHttpServletResponse response) {
        String header = response.getHeader("Set-Cookie");
        assertThat(header).contains("HttpOnly", "SameSite=Lax", "Secure", "Path=/portal");
        String value = header.substring(header.indexOf('=') + 1, header.indexOf(';'));
        return new Cookie(CsrfProtection.COOKIE, value);
    }

    @Test
    void formWithTheTokenOfItsCookieIsAccepted() {
        MockHttpServletResponse response = new MockHttpServletResponse();
        String token = csrf.tokenFor(new MockHttpServletRequest("GET", "/portal"), response);
        assertThat(csrf.verify(post(issuedCookie(response), token))).isTrue();
    }

    @Test
    void rejectsMissingWrongOrForeignTokens() {
        MockHttpServletResponse response = new MockHttpServletResponse();
        String token = csrf.tokenFor(new MockHttpServletRequest("GET", "/portal"), response);
        Cookie cookie = issuedCookie(response);
        assertThat(csrf.verify(post(cookie, null))).isFalse();
        assertThat(csrf.verify(post(null, token))).isFalse();
        assertThat(csrf.verify(post(cookie, token + "x"))).isFalse();
        // an attacker's own cookie with its own value: without the server's key the field cannot be made
        Cookie planted = new Cookie(CsrfProtection.COOKIE, "A".repeat(43));
        assertThat(csrf.verify(post(planted, "A".repeat(43)))).isFalse();
        MockHttpServletRequest crossSite = post(cookie, token);
        crossSite.addHeader("Sec-Fetch-Site", "cross-site");
        assertThat(csrf.verify(crossSite)).isFalse();
    }

    @Test
    void anotherServerKeyDoesNotAcceptTheToken() {
        MockHttpServletResponse response = new MockHttpServletResponse();
        String token = csrf.tokenFor(new MockHttpServletRequest("GET", "/portal"), response);
        CsrfProtection other = new CsrfProtection(
                new PortalProperties(Duration.ofDays(30), "", 120, DataSize.ofMegabytes(40)), false);
        assertThat(other.verify(post(issuedCookie(response), token))).isFalse();
    }

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
