package de.thueringen.antrag.payment;

import java.math.BigDecimal;
import java.time.Instant;

/** A provider's authenticated notification about a payment (from a callback or a status query). */
public record ProviderNotification(String providerPaymentId, String reference, BigDecimal amount, String currency,
                                   String transactionId, String status, Instant timestamp) {

    public static final String STATUS_PAID = "PAID";

    public boolean reportsPaid() {
        return STATUS_PAID.equals(status);
    }
}
