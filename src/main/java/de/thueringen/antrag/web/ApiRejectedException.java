package de.thueringen.antrag.web;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * A request our API refuses for a reason the caller can fix: answered as {@link ApiProblem} with the stable code, the
 * German message and the field errors. Modules extend it for their own refusals, so this package needs to know none
 * of them.
 */
public class ApiRejectedException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final List<FieldError> fieldErrors;

    public ApiRejectedException(HttpStatus status, String code, String germanMessage, List<FieldError> fieldErrors) {
        super(germanMessage);
        this.status = status;
        this.code = code;
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    /** Further machine-readable members of the problem (e.g. the competent body); none unless a subclass adds them. */
    public java.util.Map<String, String> details() {
        return java.util.Map.of();
    }
}
