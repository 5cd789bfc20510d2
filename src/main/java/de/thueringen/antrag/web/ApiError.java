package de.thueringen.antrag.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;


/**
 * Every error our API returns: {@code error} is a stable code for machines, {@code message} a German
 * sentence for people, {@code fieldErrors} the details of a rejected submission.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ApiError(String error, String message, List<FieldError> fieldErrors) {

    public static ApiError of(String error, String message) {
        return new ApiError(error, message, List.of());
    }
}
