package de.thueringen.antrag.portal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rate limit for lookups by secret token: the portal's case and draft pages and the tracking API. Every answer 404
 * (unknown token) uses up one of the client address's failed lookups; once they are used up, every lookup of that
 * address is answered 429 with a German page (or JSON for the API) and {@code Retry-After} until the budget refills.
 */
class TrackingRateLimitFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(TrackingRateLimitFilter.class);

    private final TrackingRateLimiter limiter;

    TrackingRateLimitFilter(TrackingRateLimiter limiter) {
        this.limiter = limiter;
    }

    static boolean isTokenLookup(String uri) {
        return uri.startsWith("/portal/vorgang/") || uri.startsWith("/portal/entwurf/") || uri.startsWith("/api/v1/tracking/");
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !isTokenLookup(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String client = request.getRemoteAddr();
        if (limiter.allowed(client)) {
            chain.doFilter(request, response);
            if (response.getStatus() == HttpServletResponse.SC_NOT_FOUND) {
                limiter.recordFailure(client);
            }
            return;
        }
        LOG.warn("Rate limit for token lookups reached by a client");
        response.setStatus(429);
        response.setHeader("Retry-After", "60");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String message = "Zu viele Anfragen in kurzer Zeit. Bitte warten Sie eine Minute und versuchen Sie es dann noch einmal.";
        if (request.getRequestURI().startsWith("/api/")) {
            response.setContentType("application/json");
            response.getWriter().write("{\"error\":\"TOO_MANY_REQUESTS\",\"message\":\"" + message + "\"}");
        } else {
            response.setContentType("text/html");
            response.getWriter().write("<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"UTF-8\">"
                    + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                    + "<title>Zu viele Anfragen – Antragsmanagement Thüringen</title>"
                    + "<link rel=\"stylesheet\" href=\"/portal/portal.css\"></head><body><main id=\"inhalt\">"
                    + "<h1>Zu viele Anfragen</h1><p>" + message + "</p></main></body></html>");
        }
    }
}
