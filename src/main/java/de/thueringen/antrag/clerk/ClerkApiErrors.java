package de.thueringen.antrag.clerk;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import de.thueringen.antrag.web.ApiProblem;

/** Answers a {@link ClerkApiException} with the API's problem JSON; a missing login also asks for HTTP Basic. */
@RestControllerAdvice
class ClerkApiErrors {

    @ExceptionHandler(ClerkApiException.class)
    ResponseEntity<ProblemDetail> refused(ClerkApiException e) {
        ResponseEntity.BodyBuilder response = ResponseEntity.status(e.status());
        if (e.status() == HttpStatus.UNAUTHORIZED) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Antragsmanagement Thueringen\", charset=\"UTF-8\"");
        }
        return response.body(ApiProblem.of(e.status(), e.code(), e.getMessage()));
    }
}
