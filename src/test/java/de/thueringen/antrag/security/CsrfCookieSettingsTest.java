package de.thueringen.antrag.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;

/** The CSRF cookie in production: only this host over HTTPS may set it, no script may read it. */
class CsrfCookieSettingsTest {

    @Test
    void productionCookieIsHostOnlySecureHttpOnlyAndLax() {
        CsrfTokenRepository repository = new WebSecurity().csrfTokenRepository(true);
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/portal");
        MockHttpServletResponse response = new MockHttpServletResponse();
        CsrfToken token = repository.generateToken(request);
        repository.saveToken(token, request, response);

        Cookie cookie = response.getCookie("__Host-antrag-csrf");
        assertThat(cookie).isNotNull();
        assertThat(cookie.getValue()).isEqualTo(token.getToken());
        assertThat(cookie.getPath()).isEqualTo("/");
        assertThat(cookie.getSecure()).isTrue();
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.getDomain()).isNull();
        assertThat(cookie.getAttribute("SameSite")).isEqualTo("Lax");
        assertThat(token.getHeaderName()).isEqualTo("X-Antrag-CSRF").isNotEqualToIgnoringCase("X-XSRF-TOKEN");
        assertThat(token.getParameterName()).isEqualTo("_csrf");
    }

    @Test
    void developmentOverHttpDropsThePrefixThatNeedsHttps() {
        assertThat(WebSecurity.csrfCookieName(false)).isEqualTo("antrag-csrf");
    }
}
