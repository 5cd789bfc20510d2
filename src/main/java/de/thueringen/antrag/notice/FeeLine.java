package de.thueringen.antrag.notice;

import java.math.BigDecimal;

/**
 * One line of the fee table of a notice.
 *
 * @param description what the fee is for, e.g. "Gebühr Bewohnerparkausweis (12 Monate)"
 * @param amountEuro  amount in euro; {@code null} is shown as "–" and not summed up
 */
public record FeeLine(String description, BigDecimal amountEuro) {
}
