package de.thueringen.antrag.payment;

/**
 * The result of starting to pay: either the page the citizen pays on ({@code redirectUrl}), or the fee turned out to
 * be paid already ({@link PaymentStatus#PAID}, no redirect).
 */
public record Checkout(String reference, PaymentStatus status, String redirectUrl) {
}
