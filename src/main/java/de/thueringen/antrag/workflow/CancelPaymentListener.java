package de.thueringen.antrag.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import de.thueringen.antrag.payment.PaymentService;

/** {@code ${cancelPayment}}: cancels the case's open payment, e.g. when the payment deadline has passed. */
@ProcessBuildingBlock
@Component("cancelPayment")
public class CancelPaymentListener implements ExecutionListener {

    private final PaymentService payments;
    private final CaseOfExecution cases;

    CancelPaymentListener(PaymentService payments, CaseOfExecution cases) {
        this.payments = payments;
        this.cases = cases;
    }

    @Override
    public void notify(DelegateExecution execution) {
        payments.cancelOpen(cases.caseId(execution));
    }
}
