package de.thueringen.antrag.clerk;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import de.thueringen.antrag.web.ApiError;

/** Answers a {@link ClerkApiException} with the API's error JSON; a missing login also asks for HTTP Basic. */
@RestControllerAdvice
class ClerkApiErrors {

    @ExceptionHandler(ClerkApiException.class)
    ResponseEntity<ApiError> refused(ClerkApiException e) {
        ResponseEntity.BodyBuilder response = ResponseEntity.status(e.status());
        if (e.status() == HttpStatus.UNAUTHORIZED) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Antragsmanagement Thueringen\", charset=\"UTF-8\"");
        }
        return response.body(ApiError.of(e.code(), e.getMessage()));
    }
}
