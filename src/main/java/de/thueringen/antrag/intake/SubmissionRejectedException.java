package de.thueringen.antrag.intake;

import java.util.List;

/** The submission was not accepted; nothing was stored. */
public class SubmissionRejectedException extends RuntimeException {

    private final String code;
    private final List<FieldError> fieldErrors;

    public SubmissionRejectedException(String code, String germanMessage, List<FieldError> fieldErrors) {
        super(germanMessage);
        this.code = code;
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public String code() {
        return code;
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }
}
