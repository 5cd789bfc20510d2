package de.thueringen.antrag.security;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.web.csrf.CsrfToken;

/**
 * Spring Security creates the CSRF token, and with it the cookie ({@link WebSecurity}), only when a form asks for it.
 * A page is written while it is rendered, and once its first part has gone out no cookie can follow; so a controller
 * of a page with a form calls {@link #issue} before rendering.
 */
public final class CsrfCookie {

    private CsrfCookie() {
    }

    public static void issue(HttpServletRequest request) {
        if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
            token.getToken();
        }
    }
}
