package de.thueringen.antrag.intake;

import java.util.List;

import org.springframework.http.HttpStatus;

import de.thueringen.antrag.web.ApiRejectedException;
import de.thueringen.antrag.web.FieldError;

/** The submission was not accepted; nothing was stored. An unknown service is 404, everything else 400. */
public class SubmissionRejectedException extends ApiRejectedException {

    public SubmissionRejectedException(String code, String germanMessage, List<FieldError> fieldErrors) {
        super("SERVICE_NOT_FOUND".equals(code) ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST, code, germanMessage,
                fieldErrors);
    }
}
