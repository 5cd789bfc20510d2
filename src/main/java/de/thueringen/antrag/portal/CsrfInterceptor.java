package de.thueringen.antrag.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;

/** Refuses every state-changing request to the portal that does not carry a valid CSRF token. */
class CsrfInterceptor implements HandlerInterceptor {

    private final CsrfProtection csrf;

    CsrfInterceptor(CsrfProtection csrf) {
        this.csrf = csrf;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String method = request.getMethod();
        if ("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method)) {
            return true;
        }
        if (!csrf.verify(request)) {
            throw new PortalException(403, "Sitzung abgelaufen",
                    "Das Formular ist abgelaufen oder wurde nicht von dieser Seite abgeschickt. Bitte laden Sie die Seite neu "
                            + "und senden Sie es noch einmal.");
        }
        return true;
    }
}
