package de.thueringen.antrag.workflow;

import java.math.BigDecimal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import de.thueringen.antrag.payment.Payment;
import de.thueringen.antrag.payment.PaymentService;
import de.thueringen.antrag.payment.PaymentStatus;

/** {@code ${requestPayment}}: asks the citizen for {@code feeAmount}; sets {@code paymentReference}. */
@Component("requestPayment")
public class RequestPaymentDelegate implements JavaDelegate {

    private final PaymentService payments;

    public RequestPaymentDelegate(PaymentService payments) {
        this.payments = payments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long caseId = (Long) execution.getVariable(ProcessVariables.CASE_ID);
        Number fee = (Number) execution.getVariable(ProcessVariables.FEE_AMOUNT);
        Payment payment = payments.request(caseId, new BigDecimal(fee.toString()));
        execution.setVariable(ProcessVariables.PAYMENT_REFERENCE, payment.getReference());
        execution.setVariable(ProcessVariables.PAYMENT_SETTLED, payment.getStatus() == PaymentStatus.PAID);
    }
}
