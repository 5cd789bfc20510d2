package de.thueringen.antrag.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * An upload over the multipart limit fails before a controller is chosen, so the portal-scoped advice does not see
 * it; this one answers such failures on portal pages with the German page (elsewhere Spring's default applies).
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitAdvice {

    @ExceptionHandler(MultipartException.class)
    ModelAndView tooLarge(MultipartException e, HttpServletRequest request, HttpServletResponse response) throws MultipartException {
        if (!request.getRequestURI().startsWith("/portal/")) {
            throw e;
        }
        return PortalModelAdvice.uploadTooLarge(response);
    }
}
