package de.thueringen.antrag.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Cache-Control: no-store} for every response that can carry personal data: the citizen's case, drafts,
 * receipts and payments (portal and tracking API), the clerks' case file and its documents, the payment report and
 * the payment page. A shared computer's browser cache or a proxy must keep none of it. Set here for all these paths
 * at once, before any controller runs, so a new page under them is covered without remembering it; a controller
 * may still send a stricter value (e.g. {@code private, no-store}).
 * <p>
 * The path is the servlet path: decoded, without {@code ;} parameters and dot segments, as the dispatcher routes it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class NoStoreFilter extends OncePerRequestFilter {

    static final List<String> PERSONAL_PATHS = List.of(
            "/portal/vorgang/", "/portal/entwurf/", "/portal/antrag/", "/portal/zahlung/",
            "/api/v1/tracking/", "/api/v1/applications", "/api/v1/cases/", "/api/v1/clerk/", "/api/v1/reports/",
            "/akte/", "/epayment/");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return PERSONAL_PATHS.stream().noneMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        chain.doFilter(request, response);
    }
}
