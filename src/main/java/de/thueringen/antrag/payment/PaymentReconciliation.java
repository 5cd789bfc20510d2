package de.thueringen.antrag.payment;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;

/**
 * Settles payments whose callback never came: asks the provider about every open payment whose checkout started
 * before a cutoff and books the paid ones through the same path as a callback. Each payment is settled in its own
 * transaction; one failure does not stop the others. Several instances may run it at once (the payment row lock
 * makes the booking idempotent).
 */
@Service
public class PaymentReconciliation {

    private static final Logger LOG = LoggerFactory.getLogger(PaymentReconciliation.class);

    private final PaymentRepository payments;
    private final PaymentService paymentService;
    private final PaymentProperties properties;
    private final Clock clock;

    PaymentReconciliation(PaymentRepository payments, PaymentService paymentService, PaymentProperties properties, Clock clock) {
        this.payments = payments;
        this.paymentService = paymentService;
        this.properties = properties;
        this.clock = clock;
    }

    /** One run with the configured minimum age ({@code antrag.payment.reconciliation.min-age}). */
    public int reconcileOpenPayments() {
        return reconcileCheckoutsStartedBefore(clock.instant().minus(properties.reconciliation().minAge()));
    }

    /** @return how many payments this run booked */
    public int reconcileCheckoutsStartedBefore(Instant cutoff) {
        List<Long> candidates = payments.findOpenCheckoutsBefore(cutoff,
                PageRequest.of(0, Math.max(1, properties.reconciliation().batchSize())));
        int booked = 0;
        for (Long id : candidates) {
            try {
                Optional<Settlement> settlement = paymentService.reconcile(id);
                if (settlement.orElse(null) == Settlement.BOOKED) {
                    booked++;
                }
            } catch (PaymentRejectedException e) {
                LOG.warn("Reconciliation refused payment {}: {}", e.reference(), e.code());
            } catch (RuntimeException e) {
                LOG.warn("Reconciliation of payment id {} failed: {}", id, e.toString());
            }
        }
        if (!candidates.isEmpty()) {
            LOG.info("Payment reconciliation: {} open checkout(s) checked, {} booked", candidates.size(), booked);
        }
        return booked;
    }
}
