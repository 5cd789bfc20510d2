/**
 * Fees and payments: payment requests for a case, the {@link de.thueringen.antrag.payment.PaymentProvider}
 * interface and its registry ({@code antrag.payment.provider}), signed server-to-server callbacks
 * ({@code POST /api/v1/payments/callback/{provider}}), reconciliation of payments whose callback never came, the
 * cash office's day report (CSV), and the continuation of the waiting process by the message
 * {@code ZahlungEingegangen}, correlated by business key (= case number). The built-in ePayBL-style platform is in
 * {@code payment.simulator} and exists only in the profile demo (and tests); in production the provider
 * {@code ueberweisung} ({@link de.thueringen.antrag.payment.BankTransfer}) leaves fees open for a bank transfer that
 * the cash office books.
 */
package de.thueringen.antrag.payment;
