package de.thueringen.antrag.payment;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the reconciliation every {@code antrag.payment.reconciliation.interval} unless switched off. */
@Component
@ConditionalOnProperty(prefix = "antrag.payment.reconciliation", name = "enabled", havingValue = "true", matchIfMissing = true)
class ReconciliationSchedule {

    private final PaymentReconciliation reconciliation;

    ReconciliationSchedule(PaymentReconciliation reconciliation) {
        this.reconciliation = reconciliation;
    }

    @Scheduled(initialDelayString = "${antrag.payment.reconciliation.interval:PT5M}",
            fixedDelayString = "${antrag.payment.reconciliation.interval:PT5M}")
    void run() {
        reconciliation.reconcileOpenPayments();
    }
}
