package de.thueringen.antrag.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies to our API above a size limit before anything reads them (JSON with base64 evidence
 * would otherwise be read into memory whatever its size). Requests without a declared length are refused
 * too: a citizen's browser always declares it.
 */
@Component
class RequestBodyLimitFilter extends OncePerRequestFilter {

    private final long maxBytes;

    RequestBodyLimitFilter(Limits limits) {
        this.maxBytes = limits.maxRequestSize().toBytes();
    }

    @ConfigurationProperties("antrag.web")
    record Limits(@DefaultValue("40MB") DataSize maxRequestSize) {
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/")
                || "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        if (length > maxBytes || (length < 0 && request.getHeader("Transfer-Encoding") != null)) {
            FilterResponses.write(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "REQUEST_TOO_LARGE",
                    "Anfrage zu groß", "Die Anfrage ist zu groß. Erlaubt sind höchstens " + (maxBytes / (1024 * 1024)) + " MB.");
            return;
        }
        chain.doFilter(request, response);
    }
}
