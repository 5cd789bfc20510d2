package de.thueringen.antrag.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

import de.thueringen.antrag.security.CsrfCookie;
import de.thueringen.antrag.web.TooManyRequestsException;

/**
 * The CSRF cookie of every portal page, and the portal's error pages: German, generic, without stack traces or echoed
 * input.
 */
@ControllerAdvice(annotations = PortalPage.class)
class PortalModelAdvice {

    private static final Logger LOG = LoggerFactory.getLogger(PortalModelAdvice.class);

    /** Portal pages have forms: their CSRF cookie before the page is written. */
    @ModelAttribute
    void csrfCookie(HttpServletRequest request) {
        CsrfCookie.issue(request);
    }

    @ExceptionHandler(PortalException.class)
    ModelAndView portal(PortalException e, HttpServletResponse response) {
        return errorPage(response, e.status(), e.title(), e.getMessage());
    }

    @ExceptionHandler(TooManyRequestsException.class)
    ModelAndView tooMany(TooManyRequestsException e, HttpServletResponse response) {
        response.setHeader("Retry-After", Long.toString(e.retryAfterSeconds()));
        ModelAndView page = errorPage(response, 429, "Zu viele Anfragen", e.getMessage());
        page.addObject("code", e.code());
        return page;
    }

    @ExceptionHandler({MaxUploadSizeExceededException.class, MultipartException.class})
    ModelAndView upload(Exception e, HttpServletResponse response) {
        return uploadTooLarge(response);
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e, HttpServletResponse response) {
        LOG.error("Unexpected error on a portal page", e);
        return errorPage(response, 500, "Es ist ein technischer Fehler aufgetreten",
                "Bitte versuchen Sie es in einigen Minuten noch einmal. Ihre Eingaben wurden nicht übermittelt.");
    }

    static ModelAndView uploadTooLarge(HttpServletResponse response) {
        return errorPage(response, 413, "Die Dateien sind zu groß",
                "Zusammen waren die Dateien größer als erlaubt. Bitte gehen Sie zurück, verkleinern Sie die Dateien "
                        + "(zum Beispiel als PDF mit geringerer Auflösung) und senden Sie das Formular noch einmal.");
    }

    static ModelAndView errorPage(HttpServletResponse response, int status, String title, String message) {
        response.setStatus(status);
        ModelAndView page = new ModelAndView("portal/fehler");
        page.addObject("status", status);
        page.addObject("title", title);
        page.addObject("message", message);
        return page;
    }
}
