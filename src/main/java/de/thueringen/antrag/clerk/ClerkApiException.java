package de.thueringen.antrag.clerk;

import org.springframework.http.HttpStatus;

/**
 * A refused call of the clerks' JSON API, answered as problem JSON with the stable code and the German sentence
 * (see {@link ClerkApiErrors}).
 */
public class ClerkApiException extends RuntimeException {

    private final HttpStatus status;
    private final String code;

    public ClerkApiException(HttpStatus status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public static ClerkApiException forbidden(String message) {
        return new ClerkApiException(HttpStatus.FORBIDDEN, "FORBIDDEN", message);
    }

    public static ClerkApiException invalid(String message) {
        return new ClerkApiException(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", message);
    }

    public static ClerkApiException notFound(String message) {
        return new ClerkApiException(HttpStatus.NOT_FOUND, "NOT_FOUND", message);
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }
}
