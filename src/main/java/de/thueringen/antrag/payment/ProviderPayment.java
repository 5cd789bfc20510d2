package de.thueringen.antrag.payment;

/** A payment created at a provider: its id there and the page the citizen pays on. */
public record ProviderPayment(String providerPaymentId, String redirectUrl) {
}
