package de.thueringen.antrag.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import de.thueringen.antrag.payment.PaymentService;

/** {@code ${cancelPayment}}: cancels the case's open payment, e.g. when the payment deadline has passed. */
@Component("cancelPayment")
public class CancelPaymentListener implements ExecutionListener {

    private final PaymentService payments;

    public CancelPaymentListener(PaymentService payments) {
        this.payments = payments;
    }

    @Override
    public void notify(DelegateExecution execution) {
        payments.cancelOpen((Long) execution.getVariable(ProcessVariables.CASE_ID));
    }
}
