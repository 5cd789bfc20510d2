package de.thueringen.antrag.payment;

import java.time.Instant;

/** A refund the provider accepted. */
public record RefundReceipt(String refundId, Instant at) {
}
