package de.thueringen.antrag.security;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

import de.thueringen.antrag.web.FilterResponses;

/**
 * The CSRF rule of the staff JSON API: a call that changes something must carry the header
 * {@value #SCRIPTED_REQUEST_HEADER}. A page of another site can make a browser send a form or a simple request with
 * the clerk's Tasklist cookie or cached Basic credentials, but it cannot add a custom header without a CORS preflight,
 * which this application never grants. So the header proves that our own script (the Tasklist plugin) or an API
 * client made the call. A token would do the same, but the Tasklist plugin and API clients have no page to take it
 * from; the staff HTML form ({@code /akte/…/notizen}) uses Spring Security's token instead.
 */
public class ScriptedRequestFilter extends OncePerRequestFilter {

    public static final String SCRIPTED_REQUEST_HEADER = "X-Antrag-Request";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return SAFE_METHODS.contains(request.getMethod())
                || !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(SCRIPTED_REQUEST_HEADER);
        if (header == null || header.isBlank()) {
            FilterResponses.write(request, response, HttpServletResponse.SC_FORBIDDEN, "SCRIPTED_REQUEST_REQUIRED",
                    "Anfrage abgelehnt", "Änderungen sind nur mit dem Kopfzeilenfeld " + SCRIPTED_REQUEST_HEADER
                            + " möglich (Schutz vor Anfragen fremder Seiten).");
            return;
        }
        chain.doFilter(request, response);
    }
}
