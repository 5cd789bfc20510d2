package de.thueringen.antrag.workflow;

import java.math.BigDecimal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import de.thueringen.antrag.payment.Payment;
import de.thueringen.antrag.payment.PaymentService;
import de.thueringen.antrag.payment.PaymentStatus;

/** {@code ${requestPayment}}: asks the citizen for {@code feeAmount}; sets {@code paymentReference}. */
@ProcessBuildingBlock
@Component("requestPayment")
public class RequestPaymentDelegate implements JavaDelegate {

    private final PaymentService payments;
    private final CaseOfExecution cases;

    RequestPaymentDelegate(PaymentService payments, CaseOfExecution cases) {
        this.payments = payments;
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long caseId = cases.caseId(execution);
        Number fee = (Number) execution.getVariable(ProcessVariables.FEE_AMOUNT);
        Payment payment = payments.request(caseId, new BigDecimal(fee.toString()));
        execution.setVariable(ProcessVariables.PAYMENT_REFERENCE, payment.getReference());
        execution.setVariable(ProcessVariables.PAYMENT_SETTLED, payment.getStatus() == PaymentStatus.PAID);
    }
}
