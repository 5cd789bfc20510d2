package de.thueringen.antrag.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers for our own pages and API (the Camunda webapps set theirs through
 * {@code camunda.bpm.webapp.header-security}). HSTS is on unless switched off for local development over HTTP.
 * Runs before Spring Security (order -100), so that its refusals (401, 403) carry the headers too; Spring Security's
 * own header writers are switched off (WebSecurity), these are the only ones.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 30)
class SecurityHeadersFilter extends OncePerRequestFilter {

    @ConfigurationProperties("antrag.security")
    record Settings(@DefaultValue("true") boolean hstsEnabled) {
    }

    private final Settings settings;

    SecurityHeadersFilter(Settings settings) {
        this.settings = settings;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().startsWith("/camunda/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Content-Security-Policy",
                "default-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'");
        if (settings.hstsEnabled()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        chain.doFilter(request, response);
    }
}
