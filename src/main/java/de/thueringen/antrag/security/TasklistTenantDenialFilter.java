package de.thueringen.antrag.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Tasklist's own REST calls ({@code /camunda/api/engine/…}, the webapps' copy of the engine REST API) answer the
 * engine's tenant check ("belongs to no authenticated tenant", e.g. a clerk of Erfurt asking for the variables of a
 * Jena task) with 500, as if the server had failed; the engine REST API under {@code /engine-rest} already answers
 * 403 ({@link EngineRestConfiguration}). That webapp API cannot take an exception mapper of ours, so this filter
 * turns exactly that 500 into 403, with the one answer of {@link TenantDenial}.
 */
@Component
class TasklistTenantDenialFilter extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/camunda/api/engine/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, wrapper);
        } finally {
            if (wrapper.getStatus() == HttpServletResponse.SC_INTERNAL_SERVER_ERROR && isTenantDenial(wrapper)) {
                wrapper.resetBuffer();
                wrapper.setStatus(HttpServletResponse.SC_FORBIDDEN);
                wrapper.setContentType("application/json;charset=UTF-8");
                wrapper.getOutputStream().write(TenantDenial.ANSWER_BYTES);
            }
            wrapper.copyBodyToResponse();
        }
    }

    private static boolean isTenantDenial(ContentCachingResponseWrapper wrapper) {
        return TenantDenial.isTenantDenial(new String(wrapper.getContentAsByteArray(), StandardCharsets.UTF_8));
    }
}
