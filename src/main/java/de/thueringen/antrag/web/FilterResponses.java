package de.thueringen.antrag.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.web.util.HtmlUtils;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Error answers of servlet filters, which run before any controller advice: {@link ApiProblem} JSON for the APIs and
 * the Camunda webapps (their scripts call {@code /camunda/api/...}), a plain German page for everything a browser
 * shows (the portal).
 */
public final class FilterResponses {

    /** Spring's builder registers the mix-in that writes a problem's properties at the top level. */
    private static final ObjectMapper JSON = Jackson2ObjectMapperBuilder.json().build();

    private FilterResponses() {
    }

    public static void tooManyRequests(HttpServletRequest request, HttpServletResponse response, TooManyRequestsException e)
            throws IOException {
        response.setHeader("Retry-After", Long.toString(e.retryAfterSeconds()));
        write(request, response, 429, e.code(), "Zu viele Anfragen", e.getMessage());
    }

    public static void write(HttpServletRequest request, HttpServletResponse response, int status, String code, String title,
                             String message) throws IOException {
        response.setStatus(status);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        if (wantsJson(request)) {
            ProblemDetail problem = ApiProblem.of(HttpStatusCode.valueOf(status), code, message);
            problem.setInstance(URI.create(request.getRequestURI()));
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter().write(JSON.writeValueAsString(problem));
        } else {
            response.setContentType("text/html");
            response.getWriter().write("<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"UTF-8\">"
                    + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                    + "<title>" + HtmlUtils.htmlEscape(title, "UTF-8") + " – Antragsmanagement Thüringen</title>"
                    + "<link rel=\"stylesheet\" href=\"/portal/portal.css\"></head><body><main id=\"inhalt\">"
                    + "<h1>" + HtmlUtils.htmlEscape(title, "UTF-8") + "</h1><p>" + HtmlUtils.htmlEscape(message, "UTF-8") + "</p>"
                    + "<!-- " + HtmlUtils.htmlEscape(code, "UTF-8") + " --></main></body></html>");
        }
    }

    private static boolean wantsJson(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String accept = request.getHeader("Accept");
        return uri.startsWith("/api") || uri.startsWith("/engine-rest") || uri.startsWith("/camunda/api")
                || (accept != null && accept.contains("application/json") && !accept.contains("text/html"));
    }
}
