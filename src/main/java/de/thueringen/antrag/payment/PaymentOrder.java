package de.thueringen.antrag.payment;

import java.math.BigDecimal;

/**
 * What a provider needs to create a payment.
 *
 * @param reference   Kassenzeichen
 * @param caseNumber  Aktenzeichen
 * @param payee       Empfänger: the authority's name
 * @param purpose     Verwendungszweck as the citizen's bank statement shows it
 * @param returnUrl   where the platform sends the citizen afterwards; null: the platform's own result page
 * @param callbackUrl where the platform posts its signed notification
 */
public record PaymentOrder(String reference, String caseNumber, BigDecimal amount, String currency, String payee,
                           String purpose, String returnUrl, String callbackUrl) {
}
