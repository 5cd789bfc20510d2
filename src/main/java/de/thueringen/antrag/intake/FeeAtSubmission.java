package de.thueringen.antrag.intake;

import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import de.thueringen.antrag.catalog.ServiceDefinition;
import de.thueringen.antrag.payment.FeeTables;
import de.thueringen.antrag.payment.PaymentService;
import de.thueringen.antrag.workflow.ProcessVariables;

/**
 * Services that take their fee with the application (certificates, process property
 * {@code payment.at.submission=true}): the fee is computed from the service's fee table ({@code fee-<ozgId>}) with
 * the submitted data, and the payment is opened at once, so the citizen can pay right after submitting. The
 * process later finds the fee paid (or still open) and does not ask twice.
 */
@Component
class FeeAtSubmission {

    static final String PROPERTY = "payment.at.submission";

    private final FeeTables feeTables;
    private final PaymentService payments;

    FeeAtSubmission(FeeTables feeTables, PaymentService payments) {
        this.feeTables = feeTables;
        this.payments = payments;
    }

    boolean appliesTo(ServiceDefinition service) {
        return "true".equalsIgnoreCase(service.properties().get(PROPERTY));
    }

    /** Opens the payment if the fee table asks for a fee; free cases (e.g. voluntary work) get none. */
    void open(Long caseId, ServiceDefinition service, Map<String, Object> formValues, String ags) {
        Map<String, Object> inputs = new HashMap<>(formValues);
        inputs.put(ProcessVariables.AGS, ags);
        feeTables.evaluate(service.serviceId(), inputs)
                .filter(fee -> fee.amount().signum() > 0)
                .ifPresent(fee -> payments.request(caseId, fee.amount()));
    }
}
