package de.thueringen.antrag.notice;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * How to pay the fee of a Gebührenbescheid.
 *
 * @param amountEuro amount to pay
 * @param reference  Kassenzeichen the payment must name
 * @param dueDate    last day to pay
 * @param payUrl     link to the pay page; {@code null} if there is none. Only an {@code http(s)} address of
 *                   printable ASCII becomes a clickable link; anything else is printed as text only.
 */
public record PaymentDetails(BigDecimal amountEuro, String reference, LocalDate dueDate, String payUrl) {
}
