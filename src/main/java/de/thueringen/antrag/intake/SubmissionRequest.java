package de.thueringen.antrag.intake;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An application as submitted over the API.
 *
 * @param serviceId    OZG-ID of the service, e.g. "10173"
 * @param municipality AGS (8 digits) of the municipality the applicant lives in (or the business is located in)
 * @param data         the values of the service's form, keyed like the form's fields
 * @param attachments  evidence files, base64-encoded
 */
public record SubmissionRequest(String serviceId, String municipality, JsonNode data, List<Attachment> attachments) {

    /** @param evidence the key of the evidence requirement this file fulfils */
    public record Attachment(String evidence, String fileName, String contentBase64) {
    }
}
