package de.thueringen.antrag.web;

/**
 * One problem with one field of a request (a submission, an upload).
 *
 * @param field   path of the field, e.g. {@code data.licensePlate} or {@code attachments[0]}
 * @param code    stable code for machines (REQUIRED, PATTERN, TOO_LONG, …)
 * @param message German sentence for people
 */
public record FieldError(String field, String code, String message) {
}
