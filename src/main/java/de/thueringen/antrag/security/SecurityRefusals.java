package de.thueringen.antrag.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

import de.thueringen.antrag.web.FilterResponses;

/**
 * How Spring Security's refusals look to people and programs, the same on every chain: a German sentence and a
 * stable code, as problem JSON for the APIs and as a plain page for browsers (see {@link FilterResponses}). A missing
 * or wrong login answers 401 and asks for HTTP Basic; a form without the right CSRF token and a missing permission
 * answer 403.
 */
class SecurityRefusals implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String BASIC_CHALLENGE = "Basic realm=\"Antragsmanagement Thueringen\", charset=\"UTF-8\"";

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, BASIC_CHALLENGE);
        FilterResponses.write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "LOGIN_REQUIRED", "Anmeldung erforderlich",
                "Bitte melden Sie sich zuerst in der Aufgabenliste (Tasklist) an oder geben Sie die Zugangsdaten "
                        + "Ihres Dienstkontos an.");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        if (e instanceof CsrfException) {
            FilterResponses.write(request, response, HttpServletResponse.SC_FORBIDDEN, "CSRF_TOKEN_INVALID",
                    "Sitzung abgelaufen", "Das Formular ist abgelaufen oder wurde nicht von dieser Seite abgeschickt. "
                            + "Bitte laden Sie die Seite neu und senden Sie es noch einmal.");
        } else {
            FilterResponses.write(request, response, HttpServletResponse.SC_FORBIDDEN, "FORBIDDEN", "Kein Zugriff",
                    "Für diese Seite fehlt Ihrem Konto die Berechtigung.");
        }
    }
}
