package de.thueringen.antrag.payment;

public enum PaymentStatus {
    OPEN,
    PAID,
    CANCELLED
}
