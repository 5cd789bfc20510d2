package de.thueringen.antrag.intake;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

import de.thueringen.antrag.catalog.ServiceDefinition;
import de.thueringen.antrag.web.ApiRejectedException;
import de.thueringen.antrag.web.FieldError;

/**
 * The submission was not accepted; nothing was stored. An unknown service is 404, a service executed by a body outside
 * the platform 422, everything else 400.
 */
public class SubmissionRejectedException extends ApiRejectedException {

    /** The service is executed by an external body (federal agency, social insurance, chamber, court …). */
    public static final String EXTERNAL_SERVICE = "EXTERNAL_SERVICE";

    /** The refusal for a service no authority on this platform may decide: names the competent body and its service. */
    public static SubmissionRejectedException external(ServiceDefinition service) {
        SubmissionRejectedException refusal = new SubmissionRejectedException(EXTERNAL_SERVICE, "„" + service.name()
                + "“ bearbeitet nicht Ihre Kommune, sondern " + service.competentBody() + ". Bitte stellen Sie den Antrag "
                + "dort: " + service.competentUrl(), List.of());
        refusal.details = Map.of("competentBody", service.competentBody(), "competentUrl", service.competentUrl());
        return refusal;
    }

    private Map<String, String> details = Map.of();

    @Override
    public Map<String, String> details() {
        return details;
    }

    public SubmissionRejectedException(String code, String germanMessage, List<FieldError> fieldErrors) {
        super(statusOf(code), code, germanMessage, fieldErrors);
    }

    private static HttpStatus statusOf(String code) {
        return switch (code) {
            case "SERVICE_NOT_FOUND" -> HttpStatus.NOT_FOUND;
            case EXTERNAL_SERVICE -> HttpStatus.UNPROCESSABLE_ENTITY;
            default -> HttpStatus.BAD_REQUEST;
        };
    }
}
