package de.thueringen.antrag.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriUtils;

/**
 * Closes the Camunda webapps' setup endpoints ({@code …/api/admin/setup/{engine}/user/create}): while no user is in
 * camunda-admin they let any visitor create the first administrator. Answered 403 always, for every engine name and
 * every spelling of the path (percent-encoding, {@code ;} parameters, doubled slashes, dot segments, case). The first
 * administrator comes from configuration instead ({@link AdministratorFromEnvironment}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class WebappSetupBlockFilter extends OncePerRequestFilter {

    private static final Pattern SETUP = Pattern.compile("(.*/)?api/admin/setup(/.*)?");
    private static final String ANSWER = "{\"type\":\"Forbidden\",\"message\":\"Die Einrichtung über die Weboberfläche "
            + "ist abgeschaltet. Das erste Administrationskonto kommt aus der Konfiguration (ANTRAG_ADMIN_ID, "
            + "ANTRAG_ADMIN_PASSWORD).\"}";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String routed = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (isSetupPath(routed) || isSetupPath(request.getRequestURI())) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("application/json;charset=UTF-8");
            response.getOutputStream().write(ANSWER.getBytes(StandardCharsets.UTF_8));
            return;
        }
        chain.doFilter(request, response);
    }

    /** Whether a path, however spelled, leads to a setup endpoint. */
    static boolean isSetupPath(String path) {
        if (path == null) {
            return false;
        }
        String normalized = path;
        for (int round = 0; round < 3 && normalized.indexOf('%') >= 0; round++) {
            try {
                normalized = UriUtils.decode(normalized, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException malformed) {
                return true; // no router accepts it either; refusing costs nothing
            }
        }
        normalized = normalized.toLowerCase(Locale.ROOT)
                .replace('\\', '/')
                .replaceAll(";[^/]*", "")
                .replaceAll("/(\\./)+", "/")
                .replaceAll("/{2,}", "/");
        return SETUP.matcher(normalized).matches();
    }
}
