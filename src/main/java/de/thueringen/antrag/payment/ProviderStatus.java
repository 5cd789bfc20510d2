package de.thueringen.antrag.payment;

import java.math.BigDecimal;
import java.time.Instant;

/** A provider's answer to a status query; transaction id, amount and time are set when paid. */
public record ProviderStatus(State state, String transactionId, BigDecimal amount, String currency, Instant paidAt) {

    public enum State {
        /** Created, not paid; the citizen may still pay. */
        OPEN,
        PAID,
        /** Withdrawn or expired at the platform; it can no longer be paid. */
        CANCELLED,
        REFUNDED,
        /** The platform does not know the payment. */
        UNKNOWN
    }

    public static ProviderStatus of(State state) {
        return new ProviderStatus(state, null, null, null, null);
    }
}
