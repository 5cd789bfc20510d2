package de.thueringen.antrag.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The first filter after the setup block: refuses request paths that Tomcat, Spring MVC and our own filters could
 * read differently. Tomcat maps {@code /engine-rest;x=y/task} and {@code /engine-rest//task} to the engine API,
 * while a check on {@code getRequestURI().startsWith("/engine-rest/")} would not match them; encoded slashes, backslashes, dots and
 * percent signs give yet more spellings of one path. No link of the portal or of the Camunda webapps needs any of
 * them, so such a path is answered 400 before anything else looks at it, and every later size limit, rate limit and
 * authentication sees the path that Spring routes. (Session ids never travel in the path either: cookie only.)
 */
class CanonicalPathFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(CanonicalPathFilter.class);

    /** Lower case; compared with the lower-cased raw path. */
    private static final List<String> FORBIDDEN = List.of(";", "\\", "%2f", "%5c", "%2e", "%25", "%3b", "%00", "//",
            "/./", "/../");

    static boolean isCanonical(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) {
            return false;
        }
        String path = rawPath.toLowerCase(Locale.ROOT);
        return FORBIDDEN.stream().noneMatch(path::contains) && !path.endsWith("/.") && !path.endsWith("/..");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isCanonical(request.getRequestURI())) {
            chain.doFilter(request, response);
            return;
        }
        LOG.info("Refused a request path that is not in canonical form");
        FilterResponses.write(request, response, HttpServletResponse.SC_BAD_REQUEST, "INVALID_PATH", "Ungültige Adresse",
                "Die aufgerufene Adresse ist ungültig (unzulässige Zeichen oder Schrägstriche im Pfad). "
                        + "Bitte rufen Sie die Seite über einen Link der Anwendung auf.");
    }
}
